/**
 * Measures ingest through the DuckDB appender: `npx tsx packages/store/test/benchIngest.ts [count]`.
 * Not a test (no assertions); prints events/s for flatten+type+append, end to end.
 */
import { performance } from 'node:perf_hooks';
import { DuckDbTelemetryStore } from '../src/duckdb/DuckDbTelemetryStore.js';
import { syntheticEvents } from './fixtures/syntheticEvents.js';

const count = Number(process.argv[2] ?? 1_000_000);
const t0 = performance.now();
const events = syntheticEvents({
  seed: 7,
  count,
  start: Date.UTC(2026, 2, 2),
  stepMs: 50,
  prefix: 'bench',
});
const genMs = performance.now() - t0;
const store = await DuckDbTelemetryStore.open({});
const scope = { exerciseId: 'bench', teamId: 'a' };
const t1 = performance.now();
for (let i = 0; i < events.length; i += 100_000)
  await store.append(scope, events.slice(i, i + 100_000));
const appendMs = performance.now() - t1;
const stored = await store.count(scope);
console.log(
  JSON.stringify({
    events: count,
    stored,
    columns: (await store.fields(scope)).size,
    generateMs: Math.round(genMs),
    appendMs: Math.round(appendMs),
    eventsPerSecond: Math.round(count / (appendMs / 1000)),
  }),
);
await store.close();
