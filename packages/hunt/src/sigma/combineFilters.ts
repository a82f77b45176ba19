import type { Query } from '../ast.js';
import { noSpan } from './exprBuilders.js';

/** The boolean column {@link combineFilters} adds for query `i`: true when the row matches it. */
export function matchColumn(i: number): string {
  return `kunren_match_${i}`;
}

/**
 * One query for many filter-only queries (Sigma detection rules without pipes): their
 * filters OR-ed, then one boolean column per query ({@link matchColumn}) naming the queries
 * each row matches. The store scans the table once instead of once per query; the rows are
 * the union of the queries' matches.
 */
export function combineFilters(queries: readonly Query[]): Query {
  for (const q of queries)
    if (q.commands.length > 0)
      throw new Error(`combineFilters takes filter-only queries; "${q.source}" has pipes`);
  return {
    filter: { kind: 'or', items: queries.map((q) => q.filter), span: noSpan },
    commands: [
      {
        kind: 'eval',
        assignments: queries.map((q, i) => ({
          name: matchColumn(i),
          expr: { kind: 'filter', expr: q.filter, span: noSpan },
        })),
        span: noSpan,
      },
    ],
    source: queries.map((q) => `(${q.source})`).join(' or '),
  };
}
