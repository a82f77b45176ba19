import type { PreparedBatch } from './schema/ColumnRegistry.js';
import type { IngestStats } from './TelemetryStore.js';

/** Per-scope ingest counters shared by the adapters. */
export class IngestCounter {
  private readonly byScope = new Map<string, IngestStats>();

  /** Adds a stored batch to the scope's counts. */
  add(key: string, batch: Pick<PreparedBatch, 'size' | 'lossy' | 'reserved'>): void {
    const prev = this.get(key);
    this.byScope.set(key, {
      events: prev.events + batch.size,
      lossyValues: prev.lossyValues + batch.lossy,
      reservedFields: prev.reservedFields + batch.reserved,
    });
  }

  /** The scope's counts (zeros when nothing was appended). */
  get(key: string): IngestStats {
    return this.byScope.get(key) ?? { events: 0, lossyValues: 0, reservedFields: 0 };
  }
}
