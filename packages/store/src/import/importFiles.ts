import { stat } from 'node:fs/promises';
import type { EcsEvent } from '@kunren/domain';
import { isStoreError } from '../StoreError.js';
import type { TelemetryScope, TelemetryStore } from '../TelemetryStore.js';
import type { ImportFormat } from './ImportFormat.js';
import { openLogFile } from './parseLogFile.js';
import type { RejectedLine } from './Rejected.js';

/** Where an import is, in bytes over all its files. */
export interface ImportProgress {
  readonly file: string;
  readonly bytesRead: number;
  readonly totalBytes: number;
}

/** What one file gave. */
export interface ImportFileReport {
  readonly file: string;
  /** Undefined when the file could not be opened. */
  readonly format: ImportFormat | undefined;
  readonly events: number;
  readonly rejected: number;
}

/** What an import stored and what it rejected, never silently. */
export interface ImportReport {
  readonly files: readonly ImportFileReport[];
  readonly events: number;
  /** Events per `event.dataset` (`(none)` for events without one), sorted by name. */
  readonly datasets: Readonly<Record<string, number>>;
  /** The first rejected records (at most `keepRejected`), in file and line order. */
  readonly rejected: readonly RejectedLine[];
  /** All rejected records, including those not kept in `rejected`. */
  readonly rejectedCount: number;
}

/** How to import. */
export interface ImportOptions {
  /** Format of every file, or `auto` (default) to detect each file's. */
  readonly format?: ImportFormat | 'auto';
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Events per `append` (default 20,000). */
  readonly batchSize?: number;
  /** Rejections kept with their line and reason (default 1,000); the rest are counted. */
  readonly keepRejected?: number;
}

/**
 * Imports log files into a store scope: each file is parsed as a stream, its events appended
 * in batches, its bad records reported with file, line and reason; a file that cannot be read
 * or whose format is unknown is reported (line 0) and the other files still go in.
 */
export async function importFiles(
  store: TelemetryStore,
  scope: TelemetryScope,
  files: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? 20_000;
  const keep = options.keepRejected ?? 1_000;
  const sizes = await Promise.all(
    files.map((f) =>
      stat(f).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  const datasets = new Map<string, number>();
  const rejected: RejectedLine[] = [];
  const fileReports: ImportFileReport[] = [];
  let rejectedCount = 0;
  let events = 0;
  let doneBytes = 0;
  const reject = (r: RejectedLine): void => {
    rejectedCount++;
    if (rejected.length < keep) rejected.push(r);
  };

  for (const [index, file] of files.entries()) {
    let fileEvents = 0;
    let fileRejected = 0;
    let format: ImportFormat | undefined;
    try {
      const opened = await openLogFile(file, {
        ...(options.format ? { format: options.format } : {}),
        onBytes: (b) => options.onProgress?.({ file, bytesRead: doneBytes + b, totalBytes }),
      });
      format = opened.format;
      let batch: { event: EcsEvent; line: number }[] = [];
      const flush = async (): Promise<void> => {
        const stored = await appendOrSplit(store, scope, batch, (line, reason) => {
          fileRejected++;
          reject({ file, line, reason });
        });
        for (const e of stored) {
          const ds = (e.event as { event?: { dataset?: unknown } }).event?.dataset;
          const key = typeof ds === 'string' && ds !== '' ? ds : '(none)';
          datasets.set(key, (datasets.get(key) ?? 0) + 1);
        }
        fileEvents += stored.length;
        batch = [];
      };
      for await (const item of opened.items) {
        if (item.kind === 'rejected') {
          fileRejected++;
          reject({ file, line: item.line, reason: item.reason });
          continue;
        }
        batch.push({ event: item.event, line: item.line });
        if (batch.length >= batchSize) await flush();
      }
      if (batch.length > 0) await flush();
    } catch (e) {
      if (!isStoreError(e) || (e.id !== 'import.unreadable' && e.id !== 'import.unknown_format'))
        throw e;
      fileRejected++;
      reject({ file, line: 0, reason: e.message });
    }
    doneBytes += sizes[index] ?? 0;
    options.onProgress?.({ file, bytesRead: doneBytes, totalBytes });
    events += fileEvents;
    fileReports.push({ file, format, events: fileEvents, rejected: fileRejected });
  }
  const sorted = Object.fromEntries([...datasets.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return { files: fileReports, events, datasets: sorted, rejected, rejectedCount };
}

/**
 * Appends a batch; if the store refuses it as a whole (`store.bad_event`), appends the
 * events one by one so only the bad ones are rejected. Returns what was stored.
 */
async function appendOrSplit(
  store: TelemetryStore,
  scope: TelemetryScope,
  batch: readonly { event: EcsEvent; line: number }[],
  onReject: (line: number, reason: string) => void,
): Promise<readonly { event: EcsEvent; line: number }[]> {
  try {
    await store.append(
      scope,
      batch.map((b) => b.event),
    );
    return batch;
  } catch (e) {
    if (!isStoreError(e, 'store.bad_event')) throw e;
  }
  const stored: { event: EcsEvent; line: number }[] = [];
  for (const item of batch) {
    try {
      await store.append(scope, [item.event]);
      stored.push(item);
    } catch (e) {
      if (!isStoreError(e, 'store.bad_event')) throw e;
      onReject(item.line, e.message);
    }
  }
  return stored;
}
