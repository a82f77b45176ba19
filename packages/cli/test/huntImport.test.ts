import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../src/CliError.js';
import { runHunt, toTable } from '../src/commands/hunt.js';
import { runImport } from '../src/commands/import.js';

const logs = (name: string): string =>
  fileURLToPath(new URL(`../../store/test/fixtures/logs/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kunren-cli-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

describe('kunren import', () => {
  it('imports files into a store directory and reports datasets and rejected lines', async () => {
    const { out, io: w } = io();
    const code = await runImport([logs('conn.log'), logs('events.csv')], { into: dir }, w);
    expect(code).toBe(0);
    expect(out[0]).toBe(`imported 7 events into ${dir} (exercise import, team default)`);
    expect(out).toContain('rejected 3 records:');
    expect(out).toContain(
      `  ${logs('conn.log')}:11: Zeek TSV line has 4 columns, #fields names 21`,
    );
    expect(out.some((l) => /^\s+zeek\.connection\s+3$/.test(l))).toBe(true);
    expect(out.some((l) => /^\s+windows\.security\s+4$/.test(l))).toBe(true);
  });

  it('refuses an unknown --format and a missing file with exit 2', async () => {
    const { io: w } = io();
    await expect(runImport([logs('conn.log')], { into: dir, format: 'xml' }, w)).rejects.toThrow(
      CliError,
    );
    const e = await runImport([join(dir, 'nope.log')], { into: dir }, w).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).exitCode).toBe(2);
  });
});

describe('kunren hunt', () => {
  it('event.code:4625 | stats count() by user.name prints a table from a store directory', async () => {
    const { out, err, io: w } = io();
    const code = await runHunt(
      'event.code:4625 | stats count() by user.name',
      { data: dir, width: 80 },
      w,
    );
    expect(code).toBe(0);
    expect(out).toEqual(['user.name  count', '─────────  ─────', 'alice      2']);
    expect(err).toEqual(['1 row']);
  });

  it('event.code:4625 | fields @timestamp, source.port as CSV and NDJSON', async () => {
    const csv = io();
    await runHunt(
      'event.code:4625 | fields @timestamp, source.port',
      { data: dir, format: 'csv' },
      csv.io,
    );
    expect(csv.out).toEqual([
      '@timestamp,source.port',
      '2026-03-02T09:00:00.000Z,51000',
      '2026-03-02T09:00:05.000Z,51001',
    ]);
    const json = io();
    await runHunt(
      'event.code:4625 | fields @timestamp, source.port',
      { data: dir, format: 'json' },
      json.io,
    );
    expect(json.out.map((l) => JSON.parse(l) as unknown)).toEqual([
      { '@timestamp': '2026-03-02T09:00:00.000Z', 'source.port': 51000 },
      { '@timestamp': '2026-03-02T09:00:05.000Z', 'source.port': 51001 },
    ]);
  });

  it('dns.question.name:* on a log file imports it first and notes rejected lines', async () => {
    const { out, err, io: w } = io();
    const code = await runHunt(
      'dns.question.name:* | fields dns.question.name',
      { data: logs('dns.log'), format: 'json' },
      w,
    );
    expect(code).toBe(0);
    expect(out).toEqual([
      '{"dns.question.name":"x1.c2-rare.org"}',
      '{"dns.question.name":"www.example.co.jp"}',
    ]);
    expect(err[0]).toMatch(/^note: 1 records could not be read \(first: .*dns\.log:3: /);
  });

  it('proces.name:cmd.exe fails with the caret under the unknown field, exit 1', async () => {
    const { out, err, io: w } = io();
    const code = await runHunt('proces.name:cmd.exe', { data: dir }, w);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('proces.name:cmd.exe\n  ^^^^^^^^^^^');
  });

  it('event.code:(4625 fails with a syntax caret before the data is opened', async () => {
    const { err, io: w } = io();
    expect(await runHunt('event.code:(4625', { data: join(dir, 'does-not-exist') }, w)).toBe(1);
    expect(err[0]).toMatch(/^hunt\.syntax: /);
  });

  it('* --limit 2 cuts the result and says so', async () => {
    const { out, err, io: w } = io();
    await runHunt('*', { data: dir, limit: '2', format: 'json' }, w);
    expect(out).toHaveLength(2);
    expect(err).toEqual(['2 rows (cut at --limit 2; raise it or narrow the query)']);
  });

  it('refuses bad --from, --limit and --data with exit 2', async () => {
    const { io: w } = io();
    for (const options of [
      { data: dir, from: 'monday' },
      { data: dir, limit: '0' },
      { data: join(dir, 'nope') },
      { data: dir, format: 'xml' },
    ]) {
      const e = await runHunt('*', options, w).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(CliError);
      expect((e as CliError).exitCode).toBe(2);
    }
  });
});

describe('table rendering', () => {
  it('fits the width: the widest column shrinks and long cells end in …', () => {
    const lines = toTable(
      {
        columns: [
          { name: 'host.name', type: 'string' },
          { name: 'process.command_line', type: 'string' },
        ],
        rows: [
          {
            'host.name': 'ws1',
            'process.command_line': 'powershell.exe -nop -w hidden -enc ' + 'A'.repeat(200),
          },
        ],
        truncated: false,
        rawEvents: false,
      },
      40,
    );
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines[2]).toMatch(/^ws1\s+powershell\.exe -nop.*…$/);
  });
});
