export type * from './TelemetryStore.js';
