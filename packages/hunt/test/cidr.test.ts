import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EcsEvent } from '@kunren/domain';
import { compileQuery, evaluate, parse } from '../src/index.js';
import { DuckHarness } from './duckdbHarness.js';
import type { SqlEngine } from './duckdbHarness.js';
import { PostgresHarness, postgresAvailable } from './postgresHarness.js';
import { RANGE } from './fixtures/events.js';

const ADDRESSES = [
  '10.1.2.3',
  '10.255.255.255',
  '11.0.0.0',
  '192.168.1.20',
  '010.1.2.3',
  '256.1.1.1',
  '1.2.3',
  'fd00::1',
  'FD12:3456:789a:1::1',
  'fe80::1ff:fe23:4567:890a',
  '2001:db8::',
  '2001:db8:0:0:0:0:0:1',
  '2001:0db9::1',
  '::1',
  '::',
  '1:2:3:4:5:6:7::',
  '1:2:3:4:5:6:7:8:9',
  '1::2::3',
  ':::1',
  '::ffff:10.1.2.3',
  'not-an-ip',
];
const EVENTS: EcsEvent[] = ADDRESSES.map((ip, i) => ({
  '@timestamp': `2026-03-09T10:00:${String(i).padStart(2, '0')}.000Z`,
  source: { ip },
  related: { ip: [ip, '192.0.2.1'] },
}));

const ENGINES: [string, () => Promise<SqlEngine>][] = [
  ['DuckDB', () => DuckHarness.create({ blue: EVENTS })],
];
if (await postgresAvailable())
  ENGINES.push(['PostgreSQL', () => PostgresHarness.create({ blue: EVENTS })]);

describe.each(ENGINES)('%s: CIDR matches: SQL and interpreter agree', (_, open) => {
  let duck: SqlEngine;
  beforeAll(async () => {
    duck = await open();
  });
  afterAll(() => duck?.close());

  it.each([
    ['source.ip:10.0.0.0/8', ['10.1.2.3', '10.255.255.255', '010.1.2.3']],
    ['source.ip:192.168.1.16/28', ['192.168.1.20']],
    [
      'source.ip:0.0.0.0/0',
      ['10.1.2.3', '10.255.255.255', '11.0.0.0', '192.168.1.20', '010.1.2.3'],
    ],
    ['source.ip:fd00::/8', ['fd00::1', 'FD12:3456:789a:1::1']],
    ['source.ip:fe80::/10', ['fe80::1ff:fe23:4567:890a']],
    ['source.ip:2001:db8::/32', ['2001:db8::', '2001:db8:0:0:0:0:0:1']],
    ['source.ip:2001:db8::1/128', ['2001:db8:0:0:0:0:0:1']],
    ['source.ip:2001:db8::/31', ['2001:db8::', '2001:db8:0:0:0:0:0:1', '2001:0db9::1']],
    [
      'source.ip:::/0',
      [
        'fd00::1',
        'FD12:3456:789a:1::1',
        'fe80::1ff:fe23:4567:890a',
        '2001:db8::',
        '2001:db8:0:0:0:0:0:1',
        '2001:0db9::1',
        '::1',
        '::',
        '1:2:3:4:5:6:7::',
      ],
    ],
    ['related.ip:192.0.2.0/24', ADDRESSES],
    ['not source.ip:10.0.0.0/8 and source.ip:11.0.0.0/8', ['11.0.0.0']],
  ])('%s', async (q, expected) => {
    const query = parse(`${q} | fields source.ip`);
    const js = evaluate(query, EVENTS, { range: RANGE, maxRows: 100 }).rows.map(
      (r) => r['source.ip'],
    );
    const sql = (await duck.run(compileQuery(query, duck.context('blue', RANGE, 100)))).rows.map(
      (r) => r['source.ip'],
    );
    expect(js).toEqual(expected);
    expect(sql).toEqual(expected);
  });
});
