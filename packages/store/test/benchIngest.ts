/**
 * Measures ingest through the DuckDB appender: `npx tsx packages/store/test/benchIngest.ts [count]`.
 * Not a test (no assertions). Events are generated 50,000 at a time (as an importer streams
 * them) and each batch is appended; only the appends are timed: flatten, type, stage through
 * the appender, insert. Prints events/s by wall clock and by CPU time of the whole process
 * (all threads; fairer on a busy machine).
 */
import { performance } from 'node:perf_hooks';
import { DuckDbTelemetryStore } from '../src/duckdb/DuckDbTelemetryStore.js';
import { syntheticEvents } from './fixtures/syntheticEvents.js';

const count = Number(process.argv[2] ?? 1_000_000);
const batch = 50_000;
const store = await DuckDbTelemetryStore.open({});
const scope = { exerciseId: 'bench', teamId: 'a' };
let wallMs = 0;
let cpuMs = 0;
for (let i = 0; i < count; i += batch) {
  const n = Math.min(batch, count - i);
  const events = syntheticEvents({
    seed: i + 1,
    count: n,
    start: Date.UTC(2026, 2, 2) + i * 50,
    stepMs: 50,
    prefix: 'bench',
  });
  const t = performance.now();
  const c = process.cpuUsage();
  await store.append(scope, events);
  const used = process.cpuUsage(c);
  cpuMs += (used.user + used.system) / 1000;
  wallMs += performance.now() - t;
}
console.log(
  JSON.stringify({
    events: count,
    stored: await store.count(scope),
    columns: (await store.fields(scope)).size,
    appendMs: Math.round(wallMs),
    eventsPerSecond: Math.round(count / (wallMs / 1000)),
    cpuMs: Math.round(cpuMs),
    eventsPerCpuSecond: Math.round(count / (cpuMs / 1000)),
  }),
);
await store.close();
