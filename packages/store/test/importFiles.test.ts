import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@kunren/hunt';
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles, type ImportProgress } from '../src/import/importFiles.js';
import { MemoryTelemetryStore } from '../src/memory/MemoryTelemetryStore.js';
import { openData } from '../src/openData.js';
import { isStoreError } from '../src/StoreError.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/logs/${name}`, import.meta.url));
const scope = { exerciseId: 'ex', teamId: 't' };
const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'kunren-import-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('importFiles', () => {
  it('imports several formats into one scope and reports events per dataset and every rejection', async () => {
    const store = new MemoryTelemetryStore();
    const progress: ImportProgress[] = [];
    const report = await importFiles(
      store,
      scope,
      [
        fixture('conn.log'),
        fixture('ecs.ndjson'),
        fixture('sysmon.jsonl'),
        join(tempDir(), 'missing.log'),
      ],
      { onProgress: (p) => progress.push(p) },
    );
    expect(report.events).toBe(3 + 3 + 5);
    expect(await store.count(scope)).toBe(11);
    expect(report.datasets).toEqual({
      'custom.app': 1,
      'windows.security': 2,
      'windows.sysmon_operational': 4,
      'zeek.connection': 4,
    });
    expect(report.files.map((f) => [f.format, f.events, f.rejected])).toEqual([
      ['zeek', 3, 1],
      ['ndjson', 3, 3],
      ['evtx-json', 5, 2],
      [undefined, 0, 1],
    ]);
    expect(report.rejectedCount).toBe(7);
    expect(report.rejected.map((r) => `${r.file.split('/').pop()}:${r.line}`)).toEqual([
      'conn.log:11',
      'ecs.ndjson:4',
      'ecs.ndjson:5',
      'ecs.ndjson:6',
      'sysmon.jsonl:6',
      'sysmon.jsonl:7',
      'missing.log:0',
    ]);
    const last = progress[progress.length - 1] as ImportProgress;
    expect(last.bytesRead).toBe(last.totalBytes);
    expect(
      progress.every(
        (p, i) => i === 0 || p.bytesRead >= (progress[i - 1] as ImportProgress).bytesRead,
      ),
    ).toBe(true);
  });

  it('keeps the first rejections with lines and counts the rest', async () => {
    const dir = tempDir();
    const file = join(dir, 'many.ndjson');
    const lines = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0 ? `{"@timestamp":"2026-03-02T00:00:${String(i).padStart(2, '0')}Z"}` : 'garbage',
    );
    writeFileSync(file, lines.join('\n'));
    const report = await importFiles(new MemoryTelemetryStore(), scope, [file], {
      format: 'ndjson',
      keepRejected: 5,
    });
    expect(report.events).toBe(25);
    expect(report.rejectedCount).toBe(25);
    expect(report.rejected.map((r) => r.line)).toEqual([2, 4, 6, 8, 10]);
  });

  it('streams a CSV larger than the parser queue without losing or reordering rows', async () => {
    const dir = tempDir();
    const file = join(dir, 'big.csv');
    const rows = ['@timestamp,host.name,source.port'];
    for (let i = 0; i < 7000; i++)
      rows.push(`${new Date(Date.UTC(2026, 2, 2) + i * 1000).toISOString()},h${i % 7},${i}`);
    writeFileSync(file, rows.join('\n'));
    const store = new MemoryTelemetryStore();
    const report = await importFiles(store, scope, [file], { batchSize: 1000 });
    expect(report.events).toBe(7000);
    const r = await store.query(
      scope,
      parse('* | stats count(), max(source.port), min(source.port)'),
      {
        from: '2026-03-01T00:00:00Z',
        to: '2026-03-04T00:00:00Z',
      },
    );
    expect(r.rows).toEqual([{ count: 7000, 'max(source.port)': 6999, 'min(source.port)': 0 }]);
  });
});

describe('openData', () => {
  it('imports a log file into a temporary store and answers queries on it', async () => {
    const { store, scope: s, report } = await openData(fixture('dns.log'));
    try {
      expect(report?.events).toBe(2);
      const r = await store.query(
        s,
        parse('dns.question.name:x1.c2-rare.org | fields dns.question.registered_domain'),
        {
          from: '2026-03-01T00:00:00Z',
          to: '2026-03-04T00:00:00Z',
        },
      );
      expect(r.rows).toEqual([{ 'dns.question.registered_domain': 'c2-rare.org' }]);
    } finally {
      await store.close();
    }
  });

  it('opens a store directory made by an import, and refuses a directory without a store', async () => {
    const dir = tempDir();
    const first = await openData(fixture('conn.log'));
    await first.store.close();
    const e = await openData(dir).catch((x: unknown) => x);
    expect(isStoreError(e, 'store.open_failed')).toBe(true);
    expect(String((e as Error).message)).toContain('kunren import <files...> --into');
    const { DuckDbTelemetryStore } = await import('../src/duckdb/DuckDbTelemetryStore.js');
    const made = await DuckDbTelemetryStore.open({ dir });
    await importFiles(made, { exerciseId: 'import', teamId: 'default' }, [fixture('conn.log')]);
    await made.close();
    const opened = await openData(dir);
    try {
      expect(opened.report).toBeUndefined();
      expect(await opened.store.count(opened.scope)).toBe(3);
    } finally {
      await opened.store.close();
    }
  });

  it('names a missing path with import.unreadable', async () => {
    const e = await openData(join(tempDir(), 'nope.log')).catch((x: unknown) => x);
    expect(isStoreError(e, 'import.unreadable')).toBe(true);
  });
});
