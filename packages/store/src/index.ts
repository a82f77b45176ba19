export type * from './TelemetryStore.js';
export { StoreError, isStoreError, type StoreErrorId } from './StoreError.js';
export {
  DuckDbTelemetryStore,
  DUCKDB_FILE,
  type DuckDbStoreOptions,
} from './duckdb/DuckDbTelemetryStore.js';
export { flattenEvent, type LeafValue } from './schema/flattenEvent.js';
export { parseTimestamp, formatTimestamp } from './schema/parseTimestamp.js';
export { columnFor } from './schema/columnFor.js';
