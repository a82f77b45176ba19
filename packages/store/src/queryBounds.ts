import { parseTimestamp } from './schema/parseTimestamp.js';
import { StoreError } from './StoreError.js';
import type { QueryOptions } from './TelemetryStore.js';

/** Default and largest row bound of a query. */
export const DEFAULT_MAX_ROWS = 10_000;
export const MAX_MAX_ROWS = 1_000_000;
/** Default wall-clock limit of a query. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** The checked bounds of one query. */
export interface QueryBounds {
  /** Inclusive, epoch milliseconds. */
  readonly from: number;
  /** Exclusive, epoch milliseconds. */
  readonly to: number;
  readonly fromIso: string;
  readonly toIso: string;
  readonly maxRows: number;
  readonly timeoutMs: number;
}

/** Checks a query's options (throws `store.bad_range` with the fix) and fills in defaults. */
export function queryBounds(options: QueryOptions): QueryBounds {
  const from = parseTimestamp(options.from);
  const to = parseTimestamp(options.to);
  if (from === undefined || to === undefined) {
    throw new StoreError(
      'store.bad_range',
      `query range from ${JSON.stringify(options.from)} to ${JSON.stringify(options.to)} is not two ISO 8601 times`,
      'pass from and to such as "2026-03-01T00:00:00.000Z"',
    );
  }
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (!Number.isInteger(maxRows) || maxRows < 1 || maxRows > MAX_MAX_ROWS) {
    throw new StoreError(
      'store.bad_range',
      `maxRows ${String(maxRows)} is out of bounds`,
      `pass a whole number from 1 to ${MAX_MAX_ROWS}`,
    );
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) {
    throw new StoreError(
      'store.bad_range',
      `timeoutMs ${String(timeoutMs)} is not a positive number`,
      'pass a time limit in milliseconds, e.g. 10000',
    );
  }
  return {
    from,
    to,
    fromIso: new Date(from).toISOString(),
    toIso: new Date(to).toISOString(),
    maxRows,
    timeoutMs,
  };
}
