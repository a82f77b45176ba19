import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Expr, Query } from '../src/index.js';
import { compileQuery, evaluate, serialize } from '../src/index.js';
import { DuckHarness } from './duckdbHarness.js';
import type { SqlEngine } from './duckdbHarness.js';
import { PostgresHarness, postgresAvailable } from './postgresHarness.js';
import { EVENTS, RANGE } from './fixtures/events.js';

const span = { start: 0, end: 0 };
type MatchOp = Extract<Expr, { kind: 'match' }>['op'];
const m = (
  field: string,
  op: MatchOp,
  value: string | number,
  caseSensitive = false,
  flags?: string,
): Expr => ({
  kind: 'match',
  field,
  op,
  value,
  caseSensitive,
  ...(flags ? { flags } : {}),
  span,
});
const q = (filter: Expr): Query => ({
  filter,
  commands: [{ kind: 'fields', fields: ['@timestamp', 'host.name'], span }],
  source: '',
});

const ENGINES: [string, () => Promise<SqlEngine>][] = [
  ['DuckDB', () => DuckHarness.create({ blue: EVENTS })],
];
if (await postgresAvailable())
  ENGINES.push(['PostgreSQL', () => PostgresHarness.create({ blue: EVENTS })]);

/** Match nodes the Sigma compiler produces but the filter syntax does not (contains, cased, fieldref, …). */
const CASES: [string, Expr, number][] = [
  ['contains -enc', m('process.command_line', 'contains', '-ENC'), 1],
  ['contains 50% literally', m('process.command_line', 'contains', '50%'), 0],
  ['startswith powershell', m('process.command_line', 'startswith', 'PowerShell'), 2],
  ['endswith .exe (cased)', m('process.name', 'endswith', '.EXE', true), 1],
  ['eq cased PowerShell.exe', m('process.name', 'eq', 'PowerShell.exe', true), 1],
  ['eq cased powershell.exe', m('process.name', 'eq', 'POWERSHELL.EXE', true), 0],
  ['wildcard with ? (one character)', m('host.name', 'wildcard', 'ws0?'), 13],
  ['regex cased', m('process.name', 'regex', '^Power', true), 1],
  ['regex with s flag', m('message', 'regex', 'created:.PowerShell', false, 's'), 2],
  [
    'fieldref process.name = process.parent.name',
    m('process.name', 'fieldref', 'process.parent.name'),
    0,
  ],
  ['fieldref host.name = host.name', m('host.name', 'fieldref', 'host.name'), 19],
  ['contains on a list field', m('process.args', 'contains', 'ENC'), 1],
  ['eq number on a text field', m('event.code', 'eq', 4625), 6],
];

describe.each(ENGINES)(
  '%s: match operators beyond the filter syntax: SQL and interpreter agree',
  (_, open) => {
    let duck: SqlEngine;
    beforeAll(async () => {
      duck = await open();
    });
    afterAll(() => duck?.close());

    it.each(CASES)('%s', async (_, filter, count) => {
      const query = q(filter);
      const js = evaluate(query, EVENTS, { range: RANGE, maxRows: 100 }).rows;
      const sql = (await duck.run(compileQuery(query, duck.context('blue', RANGE, 100)))).rows;
      expect(sql).toEqual(js);
      expect(js.length).toBe(count);
    });

    it('serialize writes contains/startswith/endswith as wildcards and ? globs as regexes', () => {
      expect(serialize(q(m('process.command_line', 'contains', 'a b*')))).toBe(
        'process.command_line:*a\\ b\\** | fields @timestamp, host.name',
      );
      expect(serialize(q(m('host.name', 'wildcard', 'ws0?')))).toBe(
        'host.name:/^ws0[\\s\\S]$/ | fields @timestamp, host.name',
      );
    });
  },
);

describe('case-insensitive equality without cased letters', () => {
  it('compiles event.code:4688 to a plain comparison and process.name:PowerShell.exe through lower()', async () => {
    const { compileQuery, duckdbDialect, parse } = await import('../src/index.js');
    const columns = new Map([
      ['event.code', { type: 'string' as const, array: false }],
      ['process.name', { type: 'string' as const, array: false }],
    ]);
    const c = compileQuery(parse('event.code:4688 and process.name:PowerShell.exe'), {
      dialect: duckdbDialect,
      table: 'events',
      columns,
      scope: { exerciseId: 'x', teamId: 't' },
      range: { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' },
      maxRows: 10,
    });
    // Outside any `not`, a leaf stays bare in the WHERE (a NULL drops the row as FALSE does),
    // so DuckDB can push it into the table scan.
    expect(c.sql).toContain('("event.code" = $5 AND lower("process.name") = $6)');
    expect(c.params[4]).toBe('4688');
    expect(c.params[5]).toBe('powershell.exe');
    // Under `not`, a missing field must make the leaf FALSE (so the row is kept), not NULL.
    const n = compileQuery(parse('event.code:4688 and not process.name:PowerShell.exe'), {
      dialect: duckdbDialect,
      table: 'events',
      columns,
      scope: { exerciseId: 'x', teamId: 't' },
      range: { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' },
      maxRows: 10,
    });
    expect(n.sql).toContain(
      '("event.code" = $5 AND (NOT COALESCE(lower("process.name") = $6, FALSE)))',
    );
  });
});
