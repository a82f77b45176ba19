import { MemoryTelemetryStore } from '../src/memory/MemoryTelemetryStore.js';
import { describeTelemetryStore } from './conformance.js';

describeTelemetryStore('in-memory', {
  create: async () => new MemoryTelemetryStore(),
});
