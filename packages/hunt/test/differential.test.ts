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

  // A sort only records its order; a later step that drops, renames or overwrites a column
  // the order reads must number the rows first. Each case reads the order after such a step.
  it.each([
    '* | stats count() by host.name, user.name | sort -count | fields host.name | tail 3',
    '* | stats count() by host.name | sort -count | rename count as n | head 2',
    '* | stats count() by host.name | sort -count | eval count = 0 | tail 2',
    '* | stats count() by host.name | rename host.name as h | head 3',
    '* | stats count() by host.name | fields count | tail 2',
    '* | sort -source.bytes | fields host.name, process.name | tail 4',
    '* | sort process.name | rename process.name as p | tail 3',
    '* | sort -source.bytes | eval source.bytes = 1 | head 5',
    '* | sort -source.bytes, host.name | bin source.bytes span=100 | tail 5',
    '* | stats count() by host.name | sort -count | dedup count | tail 2',
    '* | sort -source.bytes | stats latest(process.name) as l, earliest(process.name) as e by host.name',
    '* | timechart span=1h count() by host.name | tail 3',
  ])('%s', async (q) => {
    const query = parse(q);
    const ctx = duck.context('blue', RANGE, 50, LISTS);
    const js = evaluate(query, EVENTS, { range: RANGE, maxRows: 50, lists: LISTS });
    const got = await duck.run(compileQuery(query, ctx));
    expect(norm(got.rows)).toEqual(norm(js.rows));
    expect(got.rows.length).toBeGreaterThan(0);
  });
});
