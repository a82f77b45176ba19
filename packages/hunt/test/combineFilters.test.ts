import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Query } from '../src/index.js';
import {
  combineFilters,
  compileQuery,
  evaluate,
  HuntError,
  inferColumns,
  matchColumn,
  parse,
  restrictToFields,
  serializeExpr,
} from '../src/index.js';
import { expr } from './arbitraries.js';
import { DuckHarness } from './duckdbHarness.js';
import { EVENTS, RANGE } from './fixtures/events.js';
import { RED } from './queryGen.js';

/** A row as its document (match columns left out), for comparing rows as multisets. */
const keyOf = (row: Record<string, unknown>) =>
  JSON.stringify(Object.entries(row).filter(([k]) => !k.startsWith('kunren_match_')));
const keysOf = (rows: readonly Record<string, unknown>[]) => rows.map(keyOf).sort();

const FIELDS = new Set(inferColumns(EVENTS).keys());

describe('combineFilters: many filter-only queries in one pass', () => {
  let duck: DuckHarness;
  beforeAll(async () => {
    duck = await DuckHarness.create({ blue: EVENTS, red: RED });
  });
  afterAll(() => duck?.close());

  it('gives the union of the queries’ rows, each flagged by exactly the queries it matches (SQL and interpreter)', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(expr, { minLength: 1, maxLength: 6 }), async (filters) => {
        let each;
        let queries: Query[];
        try {
          // Valid queries only (the parser rejects what a generated AST may hold, such as a
          // bad regex), restricted to the fields present before they run, as Sigma rules are.
          queries = filters.map((filter) =>
            restrictToFields(parse(serializeExpr(filter)), (f) => FIELDS.has(f)),
          );
          each = queries.map((q) => evaluate(q, EVENTS, { range: RANGE, maxRows: 10_000 }));
        } catch (e) {
          if (e instanceof HuntError) return;
          throw e;
        }
        const combined = combineFilters(queries);
        const js = evaluate(combined, EVENTS, { range: RANGE, maxRows: 10_000 });
        const sql = await duck.run(compileQuery(combined, duck.context('blue', RANGE, 10_000)));
        const all = evaluate(parse('*'), EVENTS, { range: RANGE, maxRows: 10_000 }).rows;
        const matched = each.map((r) => new Set(keysOf(r.rows)));
        const union = keysOf(all.filter((row) => matched.some((m) => m.has(keyOf(row)))));
        for (const rows of [js.rows, sql.rows]) {
          expect(keysOf(rows)).toEqual(union);
          for (const [i, r] of each.entries()) {
            const flagged = rows.filter((row) => row[matchColumn(i)] === true);
            expect(keysOf(flagged)).toEqual(keysOf(r.rows));
          }
        }
        compared++;
      }),
      { numRuns: 200 },
    );
    expect(compared).toBeGreaterThan(20);
  });

  it('refuses a query with pipes', () => {
    expect(() => combineFilters([parse('event.code:4625 | head 1')])).toThrow(/has pipes/);
  });
});
