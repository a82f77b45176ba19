import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompileContext, Query } from '../src/index.js';
import {
  compileQuery,
  duckdbDialect,
  evaluate,
  inferColumns,
  parse,
  serialize,
} from '../src/index.js';
import { DuckHarness } from './duckdbHarness.js';
import { EVENTS, RANGE } from './fixtures/events.js';
import { stripSpans } from './stripSpans.js';

const columns = inferColumns(EVENTS);
const ctx: CompileContext = {
  dialect: duckdbDialect,
  table: 'events',
  columns,
  scope: { exerciseId: 'ex1', teamId: 'blue' },
  range: RANGE,
  maxRows: 100,
};
const run = (q: string) => evaluate(parse(q), EVENTS, { range: RANGE, maxRows: 100 });

let duck: DuckHarness;
beforeAll(async () => {
  duck = await DuckHarness.create({ blue: EVENTS });
});
afterAll(() => duck?.conn.closeSync());

/** Parse, round-trip and agree with DuckDB: the checks every brief query gets. */
async function common(q: string): Promise<Query> {
  const query = parse(q);
  expect(stripSpans(parse(serialize(query)))).toEqual(stripSpans(query));
  const sql = await duck.run(compileQuery(query, ctx));
  expect(sql.rows).toEqual(run(q).rows);
  return query;
}

describe('the queries of the brief', () => {
  it('event.code:4688 and process.name:powershell.exe', async () => {
    const q = 'event.code:4688 and process.name:powershell.exe';
    const query = await common(q);
    expect(stripSpans(query.filter)).toEqual({
      kind: 'and',
      items: [
        { kind: 'match', field: 'event.code', op: 'eq', value: 4688, caseSensitive: false },
        {
          kind: 'match',
          field: 'process.name',
          op: 'eq',
          value: 'powershell.exe',
          caseSensitive: false,
        },
      ],
    });
    const c = compileQuery(query, ctx);
    expect(c.sql).toBe(
      'WITH s0 AS (SELECT "event.code", "process.name", "message", "process.command_line", "dns.question.name", "exercise_id", "team_id", "_seq", "_source", "@timestamp", "@timestamp" AS "__ts", "_seq" AS "__seq" FROM "events" WHERE "exercise_id" = $1 AND "team_id" = $2 AND "@timestamp" >= CAST($3 AS TIMESTAMP) AND "@timestamp" < CAST($4 AS TIMESTAMP) AND ("event.code" = $5 AND lower("process.name") = $6)) SELECT "_source" FROM s0 ORDER BY "__ts" ASC, "__seq" ASC LIMIT $7',
    );
    expect(c.params).toEqual([
      'ex1',
      'blue',
      '2026-03-09 00:00:00.000',
      '2026-03-10 00:00:00.000',
      '4688',
      'powershell.exe',
      101,
    ]);
    expect(c.rawEvents).toBe(true);
    const r = run(q);
    expect(r.rawEvents).toBe(true);
    // Case-insensitive: PowerShell.exe (ws01) and powershell.exe (ws02) both match.
    expect(r.rows.map((e) => [e['@timestamp'], (e.process as { name: string }).name])).toEqual([
      ['2026-03-09T08:06:10.000Z', 'PowerShell.exe'],
      ['2026-03-09T09:30:00.000Z', 'powershell.exe'],
    ]);
  });

  it('event.code:4625 | stats count() by user.name, source.ip | sort -count | head 10', async () => {
    const q = 'event.code:4625 | stats count() by user.name, source.ip | sort -count | head 10';
    const query = await common(q);
    expect(query.commands.map((c) => c.kind)).toEqual(['stats', 'sort', 'head']);
    const c = compileQuery(query, ctx);
    expect(c.sql).toContain('GROUP BY "user.name", "source.ip"');
    // the sort is the final ORDER BY: no window function numbers the groups
    expect(c.sql).toContain(
      'ORDER BY "count" DESC NULLS LAST, "user.name" ASC NULLS LAST, "source.ip" ASC NULLS LAST LIMIT',
    );
    expect(c.sql).not.toContain('row_number()');
    expect(c.params).toEqual([
      'ex1',
      'blue',
      '2026-03-09 00:00:00.000',
      '2026-03-10 00:00:00.000',
      '4625',
      10,
      101,
    ]);
    expect(c.columns).toEqual([
      { name: 'user.name', type: 'string' },
      { name: 'source.ip', type: 'string' },
      { name: 'count', type: 'long' },
    ]);
    expect(run(q).rows).toEqual([
      { 'user.name': 'admin', 'source.ip': '198.51.100.20', count: 3 },
      { 'user.name': 'admin', 'source.ip': '198.51.100.21', count: 1 },
      { 'user.name': 'backup', 'source.ip': '198.51.100.20', count: 1 },
      { 'user.name': 'hanako', 'source.ip': '10.1.2.3', count: 1 },
    ]);
  });

  it('dns.question.name:* | stats dc(host.name) as hosts by dns.question.registered_domain | where hosts < 3', async () => {
    const q =
      'dns.question.name:* | stats dc(host.name) as hosts by dns.question.registered_domain | where hosts < 3';
    const query = await common(q);
    expect(stripSpans(query.filter)).toEqual({ kind: 'exists', field: 'dns.question.name' });
    const c = compileQuery(query, ctx);
    expect(c.sql).toContain('("dns.question.name" IS NOT NULL)');
    expect(c.sql).toContain('count(DISTINCT "host.name") AS "hosts"');
    expect(c.sql).toContain('WHERE ("hosts" < CAST($5 AS BIGINT))');
    // google.com is resolved by 3 hosts, microsoftonline.com by 3: only the rare domain is left.
    expect(run(q).rows).toEqual([
      { 'dns.question.registered_domain': 'update-check.top', hosts: 1 },
    ]);
  });

  it('* | timechart span=1h count() by event.dataset', async () => {
    const q = '* | timechart span=1h count() by event.dataset';
    const query = await common(q);
    expect(stripSpans(query.commands[0])).toEqual({
      kind: 'timechart',
      spanMs: 3_600_000,
      aggs: [{ fn: 'count' }],
      by: 'event.dataset',
    });
    const c = compileQuery(query, ctx);
    expect(c.sql).toContain(
      'make_timestamp(epoch_us("@timestamp") - (epoch_us("@timestamp") % (CAST($5 AS BIGINT) * 1000)',
    );
    expect(c.params[4]).toBe(3_600_000);
    expect(run(q).rows).toEqual([
      { '@timestamp': '2026-03-09T08:00:00.000Z', 'event.dataset': 'windows.security', count: 4 },
      { '@timestamp': '2026-03-09T08:00:00.000Z', 'event.dataset': 'zeek.dns', count: 3 },
      { '@timestamp': '2026-03-09T09:00:00.000Z', 'event.dataset': 'windows.security', count: 1 },
      { '@timestamp': '2026-03-09T09:00:00.000Z', 'event.dataset': 'zeek.dns', count: 2 },
      { '@timestamp': '2026-03-09T10:00:00.000Z', 'event.dataset': 'windows.security', count: 6 },
      { '@timestamp': '2026-03-09T11:00:00.000Z', 'event.dataset': 'zeek.dns', count: 3 },
    ]);
  });

  it('process.parent.name:winword.exe | fields @timestamp, host.name, process.command_line', async () => {
    const q =
      'process.parent.name:winword.exe | fields @timestamp, host.name, process.command_line';
    const query = await common(q);
    const c = compileQuery(query, ctx);
    expect(c.rawEvents).toBe(false);
    expect(c.sql).toContain(
      'SELECT "@timestamp" AS "@timestamp", "host.name" AS "host.name", "process.command_line" AS "process.command_line", "__ts", "__seq" FROM s0',
    );
    expect(run(q).rows).toEqual([
      {
        '@timestamp': '2026-03-09T08:06:10.000Z',
        'host.name': 'ws01',
        'process.command_line': 'powershell.exe -nop -w hidden -enc SQBFAFgA',
      },
      {
        '@timestamp': '2026-03-09T08:07:00.000Z',
        'host.name': 'ws01',
        'process.command_line': 'cmd.exe /c whoami /all',
      },
    ]);
  });
});
