import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HuntError, compileQuery, evaluate, parse } from '../src/index.js';
import { DuckHarness } from './duckdbHarness.js';
import type { SqlEngine } from './duckdbHarness.js';
import { EVENTS, RANGE } from './fixtures/events.js';
import { PostgresHarness, postgresAvailable } from './postgresHarness.js';
import { LISTS, RED, queryText } from './queryGen.js';

/** Rounds doubles so that summation order cannot make two right answers differ. */
function norm(v: unknown): unknown {
  if (typeof v === 'number' && !Number.isInteger(v)) return Number(v.toPrecision(10));
  if (Array.isArray(v)) return v.map(norm);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]));
  return v;
}

type Engine = SqlEngine;

const ENGINES: [string, () => Promise<Engine>][] = [
  ['DuckDB', () => DuckHarness.create({ blue: EVENTS, red: RED })],
];
if (await postgresAvailable()) {
  ENGINES.push(['PostgreSQL', async () => PostgresHarness.create({ blue: EVENTS, red: RED })]);
}

describe.each(ENGINES)('%s SQL and the interpreter agree', (_, open) => {
  let duck: Engine;
  beforeAll(async () => {
    duck = await open();
  });
  afterAll(() => duck?.close());

  it('on generated queries over the fixture (team blue, red loaded beside it)', async () => {
    let compared = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(queryText, fc.integer({ min: 1, max: 30 }), async (q, maxRows) => {
        const query = parse(q);
        const ctx = duck.context('blue', RANGE, maxRows, LISTS);
        let sql;
        try {
          sql = compileQuery(query, ctx);
        } catch (e) {
          if (!(e instanceof HuntError)) throw e;
          rejected++;
          expect(() => evaluate(query, EVENTS, { range: RANGE, maxRows, lists: LISTS })).toThrow(
            HuntError,
          );
          return;
        }
        const js = evaluate(query, EVENTS, { range: RANGE, maxRows, lists: LISTS });
        const got = await duck.run(sql);
        const truncated = got.rows.length > maxRows;
        expect(norm(got.rows.slice(0, maxRows)), q).toEqual(norm(js.rows));
        expect(truncated, q).toBe(js.truncated);
        expect(sql.columns, q).toEqual(js.columns);
        expect(JSON.stringify(got.rows)).not.toContain('red-');
        compared++;
      }),
      { numRuns: 400 },
    );
    expect(compared).toBeGreaterThan(250);
    expect(rejected).toBeLessThan(150);
  });
});
