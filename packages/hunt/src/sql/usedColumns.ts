import type { Query } from '../ast.js';
import type { ColumnInfo } from '../CompileContext.js';
import { TEXT_FIELDS } from '../plan/textFields.js';

/**
 * The table's field columns a query can read: every column named anywhere in its AST (an
 * over-approximation: a value that happens to equal a column name only adds that column)
 * plus the message fields bare words search. The language names fields only in full (there
 * are no field-name patterns; a `*` in a value is a wildcard over values), so this is every
 * column the compiled SQL reads. Selecting only these lets the database plan a few columns
 * instead of the table's hundreds.
 */
export function usedColumns(
  query: Pick<Query, 'filter' | 'commands'>,
  columns: ReadonlyMap<string, ColumnInfo>,
): string[] {
  const used = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (columns.has(v)) used.add(v);
    } else if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(query.filter);
  walk(query.commands);
  for (const f of TEXT_FIELDS) if (columns.has(f)) used.add(f);
  return [...used];
}
