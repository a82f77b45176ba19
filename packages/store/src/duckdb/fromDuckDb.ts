import { DuckDBListValue, DuckDBTimestampValue, type DuckDBValue } from '@duckdb/node-api';
import { isoOf } from '@kunren/hunt';

/** The largest distance from the epoch, in milliseconds, a JavaScript date can have. */
const MAX_DATE_MS = 8.64e15;

/**
 * Converts a value read from DuckDB (as `getColumns` gives it) to plain JSON-able JS, for the
 * types the store's columns and hunt's SQL produce: strings, numbers and booleans as they
 * are, BIGINT → number, TIMESTAMP → ISO 8601 UTC text (null when infinite or beyond what a
 * JavaScript date can hold), lists element-wise. Any other DuckDB value becomes its text.
 */
export function fromDuckDb(value: DuckDBValue): unknown {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return Number(value);
  }
  if (value instanceof DuckDBTimestampValue) {
    const ms = Math.floor(Number(value.micros) / 1000);
    return value.isFinite && Math.abs(ms) <= MAX_DATE_MS ? isoOf(ms) : null;
  }
  if (value instanceof DuckDBListValue) return value.items.map(fromDuckDb);
  return String(value);
}
