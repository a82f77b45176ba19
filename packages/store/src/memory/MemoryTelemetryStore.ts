import type { EcsEvent } from '@kunren/domain';
import { evaluate, flattenLeaves, type ColumnInfo, type Query } from '@kunren/hunt';
import { IngestCounter } from '../ingestCounter.js';
import { queryBounds } from '../queryBounds.js';
import { ColumnRegistry } from '../schema/ColumnRegistry.js';
import { parseTimestamp } from '../schema/parseTimestamp.js';
import { scopeKey } from '../scopeKey.js';
import { StoreError } from '../StoreError.js';
import type {
  IngestStats,
  QueryOptions,
  QueryResult,
  TelemetryScope,
  TelemetryStore,
} from '../TelemetryStore.js';

interface Stored {
  readonly doc: EcsEvent;
  readonly ts: number;
}

interface ScopeData {
  events: Stored[];
  fields: Set<string>;
}

/**
 * The telemetry port in memory, for tests and small runs: events are kept as documents and
 * queries run through hunt's reference interpreter (`evaluate`), with the same column typing
 * as the DuckDB store (`ColumnRegistry`), so both adapters answer alike. The time limit is
 * checked when the (synchronous) interpreter returns.
 */
export class MemoryTelemetryStore implements TelemetryStore {
  private readonly registry = new ColumnRegistry();
  private readonly scopes = new Map<string, ScopeData>();
  private readonly counter = new IngestCounter();
  private closed = false;

  async append(scope: TelemetryScope, events: readonly EcsEvent[]): Promise<void> {
    const key = scopeKey(scope);
    this.assertOpen();
    if (events.length === 0) return;
    const batch = this.registry.prepare(events);
    this.registry.commit(batch);
    const data = this.data(key);
    for (let i = 0; i < batch.size; i++) {
      data.events.push({
        doc: JSON.parse(batch.sources[i] as string) as EcsEvent,
        ts: batch.timestamps[i] as number,
      });
    }
    for (const name of batch.columns) data.fields.add(name);
    this.counter.add(key, batch);
  }

  async query(scope: TelemetryScope, query: Query, options: QueryOptions): Promise<QueryResult> {
    const key = scopeKey(scope);
    const bounds = queryBounds(options);
    this.assertOpen();
    const started = performance.now();
    const docs = (this.scopes.get(key)?.events ?? []).map((e) => e.doc);
    const result = evaluate(query, docs, {
      range: { from: bounds.fromIso, to: bounds.toIso },
      maxRows: bounds.maxRows,
      columns: await this.fields(scope),
      ...(options.lists ? { lists: options.lists } : {}),
    });
    if (performance.now() - started > bounds.timeoutMs) {
      throw new StoreError(
        'query.timeout',
        `the query ran longer than ${bounds.timeoutMs} ms and was stopped`,
        'narrow the time range or add filters before the first pipe',
      );
    }
    return result;
  }

  async fields(scope: TelemetryScope): Promise<ReadonlyMap<string, ColumnInfo>> {
    const names = this.scopes.get(scopeKey(scope))?.fields ?? new Set<string>();
    const columns = this.registry.columns();
    const out = new Map<string, ColumnInfo>();
    for (const name of [...names].sort()) {
      const info = columns.get(name);
      if (info) out.set(name, info);
    }
    return out;
  }

  async count(scope: TelemetryScope): Promise<number> {
    return this.scopes.get(scopeKey(scope))?.events.length ?? 0;
  }

  async timeRange(scope: TelemetryScope): Promise<{ from: string; to: string } | undefined> {
    const events = this.scopes.get(scopeKey(scope))?.events ?? [];
    if (events.length === 0) return undefined;
    let min = Infinity;
    let max = -Infinity;
    for (const e of events) {
      if (e.ts < min) min = e.ts;
      if (e.ts > max) max = e.ts;
    }
    return { from: new Date(min).toISOString(), to: new Date(max).toISOString() };
  }

  async deleteFrom(scope: TelemetryScope, at: string): Promise<void> {
    const key = scopeKey(scope);
    const ms = parseTimestamp(at);
    if (ms === undefined) {
      throw new StoreError(
        'store.bad_range',
        `deleteFrom time ${JSON.stringify(at)} is not an ISO 8601 time`,
        'pass a time such as "2026-03-01T10:00:00.000Z"',
      );
    }
    this.assertOpen();
    const data = this.scopes.get(key);
    if (!data) return;
    data.events = data.events.filter((e) => e.ts < ms);
    data.fields = new Set();
    for (const e of data.events) {
      for (const field of flattenLeaves(e.doc).keys()) {
        const name = field === '@timestamp' ? undefined : this.registry.resolve(field);
        if (name !== undefined && this.registry.columns().has(name)) data.fields.add(name);
      }
    }
  }

  ingestStats(scope: TelemetryScope): IngestStats {
    return this.counter.get(scopeKey(scope));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.scopes.clear();
  }

  private data(key: string): ScopeData {
    let d = this.scopes.get(key);
    if (!d) this.scopes.set(key, (d = { events: [], fields: new Set() }));
    return d;
  }

  private assertOpen(): void {
    if (this.closed)
      throw new StoreError('store.closed', 'the telemetry store is closed', 'open it again');
  }
}
