import type { EcsEvent, JsonValue } from '@kunren/domain';
import { flattenLeaves, LeafCollector } from '@kunren/hunt';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DuckDbTelemetryStore } from '../src/duckdb/DuckDbTelemetryStore.js';
import { coerceValue, LossyCell } from '../src/schema/coerceValue.js';
import { isStoreError } from '../src/StoreError.js';

const scope = { exerciseId: 'ex1', teamId: 'team-a' };
const START = Date.UTC(2026, 2, 2, 8);

const json: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom<JsonValue>(null, 'x', 'A.b', '', 0, 1.5, -7, true, false),
    fc.string({ maxLength: 4 }),
    fc.integer(),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'a.b', '', 'c'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** What a column should hold for `field` of `doc`, by the same rules as before the rewrite. */
function expectedCell(doc: EcsEvent, field: string, info: { type: string; array: boolean }) {
  const value = flattenLeaves(doc).get(field);
  if (value === undefined) return null;
  const cell = coerceValue(value, info as never);
  return cell instanceof LossyCell ? cell.cell : cell;
}

/** Events over more than two data chunks, with fields that appear late, thin out or mistype. */
function mixedEvents(count: number, offset: number): EcsEvent[] {
  return Array.from({ length: count }, (_, j) => {
    const i = j + offset;
    const doc: Record<string, JsonValue> = {
      '@timestamp': new Date(START + i * 1000).toISOString(),
      event: {
        code: String(4600 + (i % 40)),
        category: i % 3 === 0 ? ['process', 'start'] : 'process',
      },
      host: { name: `ws-${i % 17}` },
    };
    if (i % 2 === 0) doc['source'] = { port: i % 7 === 0 ? 'not-a-port' : 443 + (i % 5) };
    if (i % 5 === 0) doc['custom'] = { ratio: i % 10 === 0 ? i / 4 : i, flag: i % 15 === 0 };
    if (i >= 2100) doc['late'] = { field: `late-${i}`, when: new Date(START + i).toISOString() };
    if (i % 1000 === 999) doc['dns'] = { answers: [{ data: `10.0.0.${i % 250}` }, { data: 'x' }] };
    if (i % 333 === 0) doc['Host'] = { Name: `upper-${i}` };
    return doc as EcsEvent;
  });
}

describe('columnar ingest', () => {
  it('a LeafCollector reused over a batch gives the fields, values and order of flattenLeaves', () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.string({ maxLength: 3 }), json), { maxLength: 5 }),
        (docs) => {
          const collector = LeafCollector.create();
          docs.forEach((doc, i) => {
            const got = collector.collect(doc, i).map((f) => [f.name, structuredClone(f.value)]);
            expect(got).toEqual([...flattenLeaves(doc)]);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stores every column of every row as the typing rules say, across chunks, appends and checkpoints', async () => {
    const store = await DuckDbTelemetryStore.open({});
    const first = mixedEvents(4500, 0);
    const second = mixedEvents(2300, 4500);
    await store.append(scope, first);
    // The first batch compressed, the second appended after it and read uncompressed, then
    // both compressed: the same values each time.
    await store.checkpoint();
    await store.append(scope, second);
    await expectStored(store, [...first, ...second]);
    await store.checkpoint();
    await expectStored(store, [...first, ...second]);
    expect(store.ingestStats(scope).events).toBe(first.length + second.length);
    await store.close();
  });

  async function expectStored(store: DuckDbTelemetryStore, docs: EcsEvent[]): Promise<void> {
    const fields = await store.fields(scope);
    const names = [...fields.keys()];
    expect(names).toContain('late.field');
    expect(fields.get('custom.ratio')).toEqual({ type: 'double', array: false });
    const select = names.map((n) => {
      const q = `"${n}"`;
      return fields.get(n)?.type === 'timestamp' ? `epoch_ms(${q})` : q;
    });
    const rows = await store.runSql(
      `SELECT _seq, epoch_ms("@timestamp"), _source, ${select.join(', ')} FROM events ORDER BY _seq`,
    );
    expect(rows).toHaveLength(docs.length);
    rows.forEach((row, i) => {
      const doc = docs[i] as EcsEvent;
      expect(Number(row[0])).toBe(i);
      expect(Number(row[1])).toBe(Date.parse(doc['@timestamp']));
      expect(JSON.parse(String(row[2]))).toEqual(doc);
      names.forEach((name, c) => {
        const info = fields.get(name) as { type: string; array: boolean };
        // `Host.Name` lands in the `host.name` column only where `host.name` is absent
        let want = expectedCell(doc, name, info);
        if (name === 'host.name' && want === null) want = expectedCell(doc, 'Host.Name', info);
        let got: unknown = row[c + 3] ?? null;
        if (typeof got === 'bigint') got = Number(got);
        if (got !== null && typeof got === 'object' && 'items' in got)
          got = (got as { items: unknown }).items;
        expect([i, name, got]).toEqual([i, name, want]);
      });
    });
  }

  it('a bad @timestamp deep in a large append names its index and stores nothing', async () => {
    const store = await DuckDbTelemetryStore.open({});
    const events = mixedEvents(5000, 0);
    events[4321] = { ...events[4321], '@timestamp': 'yesterday' } as EcsEvent;
    const error = await store.append(scope, events).catch((e: unknown) => e);
    expect(isStoreError(error) && error.id).toBe('store.bad_event');
    expect((error as Error).message).toContain('event 4321 of the batch');
    expect(await store.count(scope)).toBe(0);
    expect((await store.fields(scope)).size).toBe(0);
    await store.append(scope, events.slice(0, 10));
    expect(await store.count(scope)).toBe(10);
    await store.close();
  });
});
