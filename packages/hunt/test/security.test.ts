import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EcsEvent } from '@kunren/domain';
import { compileQuery, evaluate, parse, quoteIdent, serialize } from '../src/index.js';
import type { Query } from '../src/index.js';
import { DuckHarness } from './duckdbHarness.js';
import { RANGE } from './fixtures/events.js';

const ev = (ts: string, host: string, extra: Record<string, unknown> = {}): EcsEvent =>
  ({
    '@timestamp': ts,
    host: { name: host },
    event: { dataset: 'test' },
    message: `on ${host}`,
    ...extra,
  }) as EcsEvent;

/** Blue's events sit on the range edges; red's are its neighbours' secrets. */
const BLUE = [
  ev('2026-03-09T00:00:00.000Z', 'blue-first'),
  ev('2026-03-09T12:00:00.000Z', 'blue-mid'),
  ev('2026-03-09T23:59:59.999Z', 'blue-last'),
  ev('2026-03-10T00:00:00.000Z', 'blue-future'),
  ev('2026-03-08T23:59:59.999Z', 'blue-past'),
];
const RED = [
  ev('2026-03-09T12:00:00.000Z', 'red-secret'),
  ev('2026-03-09T13:00:00.000Z', 'red-secret2'),
];

let duck: DuckHarness;
beforeAll(async () => {
  duck = await DuckHarness.create({ blue: BLUE, red: RED });
});
afterAll(() => duck?.conn.closeSync());

const sqlRows = async (q: string | Query, maxRows = 100) =>
  (
    await duck.run(
      compileQuery(
        typeof q === 'string' ? parse(q) : q,
        duck.context('blue', RANGE, maxRows, new Map([['l', ['red-secret', 'blue-mid']]])),
      ),
    )
  ).rows;

describe("a trainee's query stays inside its scope", () => {
  it.each([
    '*',
    'host.name:red*',
    'red',
    'not host.name:blue*',
    '* | stats count() by host.name',
    '* | lookup l host.name',
    '* | top 10 host.name',
    '* | timechart span=1d count() by host.name',
    'host.name:/red/ or message:*secret*',
  ])('%s — never returns another team’s rows', async (q) => {
    expect(JSON.stringify(await sqlRows(q))).not.toContain('red-');
  });

  it('* — sees `from` inclusive and `to` exclusive, nothing beyond', async () => {
    const hosts = (await sqlRows('* | fields host.name')).map((r) => r['host.name']);
    expect(hosts).toEqual(['blue-first', 'blue-mid', 'blue-last']);
    expect(
      evaluate(parse('* | fields host.name'), BLUE, { range: RANGE, maxRows: 100 }).rows.map(
        (r) => r['host.name'],
      ),
    ).toEqual(hosts);
  });

  it('@timestamp >= "2026-03-10T00:00:00Z" — a filter cannot widen the range', async () => {
    expect(
      await sqlRows('@timestamp >= "2026-03-10T00:00:00Z" or @timestamp < "2026-03-09T00:00:00Z"'),
    ).toEqual([]);
  });

  it('* | head 2 — asks SQL for maxRows + 1 rows so a cut is visible', async () => {
    const c = compileQuery(parse('*'), duck.context('blue', RANGE, 2));
    expect(c.sql.endsWith(`LIMIT $${c.params.length}`)).toBe(true);
    expect(c.params[c.params.length - 1]).toBe(3);
    expect(await duck.run(c).then((r) => r.rows.length)).toBe(3);
    expect(evaluate(parse('*'), BLUE, { range: RANGE, maxRows: 2 }).truncated).toBe(true);
  });

  it('scope and range are the first conditions of the innermost WHERE', () => {
    const c = compileQuery(parse('* | stats count()'), duck.context('blue', RANGE, 10));
    expect(c.sql).toContain(
      'FROM "events" WHERE "exercise_id" = $1 AND "team_id" = $2 AND "@timestamp" >= CAST($3 AS TIMESTAMP) AND "@timestamp" < CAST($4 AS TIMESTAMP) AND ',
    );
    expect(c.params.slice(0, 4)).toEqual([
      'ex1',
      'blue',
      '2026-03-09 00:00:00.000',
      '2026-03-10 00:00:00.000',
    ]);
  });
});

describe('no user text reaches the SQL text', () => {
  const MARK = 'KUNREN\'"; DROP TABLE events; --';

  it('values in every position are parameters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (s) => {
        const v = `${MARK}${s}`;
        const ast: Query = parse(
          `host.name:${JSON.stringify(v)} or message:${JSON.stringify(v)} or ${JSON.stringify(v)} | where host.name != ${JSON.stringify(v)} | eval x = concat(host.name, ${JSON.stringify(v)}) | lookup l host.name`,
        );
        const c = compileQuery(ast, {
          ...duck.context('blue', RANGE, 10),
          lists: new Map([['l', [v]]]),
        });
        expect(c.sql).not.toContain('KUNREN');
        expect(JSON.stringify(c.params)).toContain('KUNREN');
      }),
      { numRuns: 200 },
    );
  });

  it('an injection attempt as a value is just text that matches nothing', async () => {
    const rows = await sqlRows(`host.name:"x' OR 1=1 --" or message:"'); DELETE FROM events; --"`);
    expect(rows).toEqual([]);
    expect((await sqlRows('* | stats count()'))[0]).toEqual({ count: 3 });
  });

  it('identifiers come only from the catalogue and are quoted', () => {
    expect(quoteIdent('a"b')).toBe('"a""b"');
    expect(() =>
      compileQuery(
        parse('* | stats count() by `x"; DROP TABLE events; --`'),
        duck.context('blue', RANGE, 10),
      ),
    ).toThrow(/unknown field/);
  });

  it('a round-tripped query compiles to the same SQL', () => {
    const q = parse(
      'host.name:blue* and not message:"x y" | stats count() as n by host.name | sort -n | head 3',
    );
    const ctx = duck.context('blue', RANGE, 10);
    expect(compileQuery(parse(serialize(q)), ctx)).toEqual(compileQuery(q, ctx));
  });
});
