import { DuckDbTelemetryStore } from '../src/duckdb/DuckDbTelemetryStore.js';
import { describeTelemetryStore } from './conformance.js';

describeTelemetryStore('DuckDB', {
  create: () => DuckDbTelemetryStore.open({}),
  openDir: (dir) => DuckDbTelemetryStore.open({ dir }),
});
