export type * from './TelemetryStore.js';
export { StoreError, isStoreError, type StoreErrorId } from './StoreError.js';
export {
  DuckDbTelemetryStore,
  DUCKDB_FILE,
  type DuckDbStoreOptions,
} from './duckdb/DuckDbTelemetryStore.js';
export { MemoryTelemetryStore } from './memory/MemoryTelemetryStore.js';
/** The store's flattening of an event into its leaf fields (hunt's `flattenLeaves`). */
export { flattenLeaves as flattenEvent, type LeafValue } from '@kunren/hunt';
export { parseTimestamp, formatTimestamp } from './schema/parseTimestamp.js';
export { columnFor } from './schema/columnFor.js';
export { IMPORT_FORMATS, isImportFormat, type ImportFormat } from './import/ImportFormat.js';
export { detectFormat } from './import/detectFormat.js';
export { openLogFile, type OpenedLogFile, type OpenLogFileOptions } from './import/parseLogFile.js';
export type { ParseItem } from './import/ParseItem.js';
export type { RejectedLine } from './import/Rejected.js';
export {
  importFiles,
  type ImportFileReport,
  type ImportOptions,
  type ImportProgress,
  type ImportReport,
} from './import/importFiles.js';
export {
  openData,
  DEFAULT_IMPORT_SCOPE,
  type OpenDataOptions,
  type OpenedData,
} from './openData.js';
