import { parse, evaluate } from '@kunren/hunt';
import { DuckDbTelemetryStore } from './src/duckdb/DuckDbTelemetryStore.js';
import { syntheticEvents } from './test/fixtures/syntheticEvents.js';
const events = syntheticEvents({
  seed: 1,
  count: 3000,
  start: Date.UTC(2026, 2, 2),
  stepMs: 20_000,
  prefix: 'a',
});
const store = await DuckDbTelemetryStore.open({});
const scope = { exerciseId: 'e', teamId: 'a' };
await store.append(scope, events);
const range = { from: '2026-03-02T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' };
for (const q of [
  'event.code:4688 and process.name:powershell.exe',
  'event.code:4625 | stats count() by user.name, source.ip | sort -count | head 10',
  'dns.question.name:* | stats dc(host.name) as hosts by dns.question.registered_domain | where hosts < 3',
  '* | timechart span=1h count() by event.dataset',
  'process.parent.name:winword.exe | fields @timestamp, host.name, process.command_line',
]) {
  const query = parse(q);
  try {
    const r = await store.query(scope, query, { ...range, maxRows: 50 });
    const e = evaluate(query, events, { range, maxRows: 50, columns: await store.fields(scope) });
    console.log(
      q,
      '\n duck',
      r.rows.length,
      r.truncated,
      JSON.stringify(r.rows.slice(0, 2)),
      '\n eval',
      e.rows.length,
      e.truncated,
      JSON.stringify(e.rows.slice(0, 2)),
      '\n same',
      JSON.stringify(r.rows) === JSON.stringify(e.rows),
    );
  } catch (err) {
    console.log(q, 'ERR', err);
  }
}
await store.close();
