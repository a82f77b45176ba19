import type { Query } from '../ast.js';
import type { ColumnInfo } from '../CompileContext.js';
import { TEXT_FIELDS } from '../plan/textFields.js';

/**
 * The table's field columns a query can read: every column named anywhere in its AST (an
 * over-approximation: a value that happens to equal a column name only adds that column)
 * plus the message fields bare words search. `undefined` when the query may name columns by
 * pattern (a `*` in any of its strings): then it reads them all. Selecting only these lets
 * the database plan a few columns instead of the table's hundreds.
 */
export function usedColumns(
  query: Pick<Query, 'filter' | 'commands'>,
  columns: ReadonlyMap<string, ColumnInfo>,
): string[] | undefined {
  const used = new Set<string>();
  let pattern = false;
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.includes('*')) pattern = true;
      else if (columns.has(v)) used.add(v);
    } else if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(query.filter);
  walk(query.commands);
  if (pattern) return undefined;
  for (const f of TEXT_FIELDS) if (columns.has(f)) used.add(f);
  return [...used];
}
