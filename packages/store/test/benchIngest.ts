/**
 * Measures ingest into the DuckDB telemetry store:
 * `npx tsx packages/store/test/benchIngest.ts [--baseline <commit>] [--hours H] [--batch N] [--rounds N] [--synthetic N]`.
 * Not a test (no assertions). The events are the flagship's first `--hours` (default 72: 3
 * days) for one team (seed 1), or `--synthetic N` generated ones, streamed in batches of
 * `--batch` (default 20,000) as the engine produces them (as the server and importers send
 * them); only the `append` calls are timed. With
 * `--baseline <commit>` the store of that commit is checked out into a temporary directory and
 * measured in the same run, rounds interleaved, so both sides see the same machine load
 * (`--baseline-only` measures only the baseline).
 * Prints events/s by wall clock and by CPU time of the whole process (all threads; fairer on
 * a busy machine); each side's best round.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { EcsEvent, Scenario } from '@kunren/domain';
import { createWorld } from '@kunren/engine';
import { loadScenario, loadScenarioFile } from '@kunren/scenario';
import { DuckDbTelemetryStore } from '../src/duckdb/DuckDbTelemetryStore.js';
import { syntheticEvents } from './fixtures/syntheticEvents.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const FLAGSHIP_PATH = 'content/scenarios/ministry-targeted-attack/scenario.yaml';
const FLAGSHIP = join(ROOT, FLAGSHIP_PATH);

interface Opened {
  append(scope: { exerciseId: string; teamId: string }, events: readonly EcsEvent[]): Promise<void>;
  count(scope: { exerciseId: string; teamId: string }): Promise<number>;
  close(): Promise<void>;
}
type Open = () => Promise<Opened>;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

let scenario: Scenario | undefined;
/**
 * The flagship scenario, loaded once (both sides see the same even if the file changes); the
 * committed version when the working copy does not load (someone is editing it).
 */
async function flagship(): Promise<Scenario> {
  if (scenario) return scenario;
  let loaded = await loadScenarioFile(FLAGSHIP);
  if (!loaded.ok) {
    const text = execFileSync('git', ['-C', ROOT, 'show', `HEAD:${FLAGSHIP_PATH}`], {
      encoding: 'utf8',
    });
    loaded = loadScenario(text, FLAGSHIP);
    if (!loaded.ok) throw new Error(`flagship does not load: ${loaded.problems[0]?.message}`);
    process.stderr.write("the working copy of the flagship does not load: using HEAD's\n");
  }
  return (scenario = loaded.scenario);
}

/** The events in batches: the flagship's world run for `hours`, or synthetic ones. */
async function* eventBatches(
  source: { hours: number } | { synthetic: number },
  batch: number,
): AsyncGenerator<EcsEvent[]> {
  if ('synthetic' in source) {
    for (let i = 0; i < source.synthetic; i += batch) {
      yield syntheticEvents({
        seed: i + 1,
        count: Math.min(batch, source.synthetic - i),
        start: Date.UTC(2026, 2, 2) + i * 50,
        stepMs: 50,
        prefix: 'bench',
      });
    }
    return;
  }
  const world = createWorld(await flagship(), { seed: 1, team: 'bench' });
  let out: EcsEvent[] = [];
  for (const o of world.runUntil(source.hours * 3_600_000)) {
    if (o.type !== 'event') continue;
    out.push(o.event);
    if (out.length === batch) {
      yield out;
      out = [];
    }
  }
  if (out.length > 0) yield out;
}

/** The DuckDB store class of another commit, imported from a temporary checkout. */
async function baselineStore(commit: string): Promise<{ open: Open; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'kunren-ingest-baseline-'));
  const tar = execFileSync('git', ['-C', ROOT, 'archive', commit, 'packages/store/src'], {
    maxBuffer: 64 << 20,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const url = pathToFileURL(join(dir, 'packages/store/src/duckdb/DuckDbTelemetryStore.ts')).href;
  const mod = (await import(url)) as { DuckDbTelemetryStore: { open(): Promise<Opened> } };
  return {
    open: () => mod.DuckDbTelemetryStore.open(),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function measure(
  open: Open,
  source: { hours: number } | { synthetic: number },
  batch: number,
) {
  const store = await open();
  const scope = { exerciseId: 'bench', teamId: 'a' };
  let wallMs = 0;
  let cpuMs = 0;
  let events = 0;
  for await (const slice of eventBatches(source, batch)) {
    const t = performance.now();
    const c = process.cpuUsage();
    await store.append(scope, slice);
    const used = process.cpuUsage(c);
    cpuMs += (used.user + used.system) / 1000;
    wallMs += performance.now() - t;
    events += slice.length;
  }
  const stored = await store.count(scope);
  await store.close();
  if (stored !== events) throw new Error(`stored ${stored} of ${events}`);
  return {
    events,
    wallMs: Math.round(wallMs),
    cpuMs: Math.round(cpuMs),
    eventsPerSecond: Math.round(events / (wallMs / 1000)),
    eventsPerCpuSecond: Math.round(events / (cpuMs / 1000)),
  };
}

const batch = Number(arg('--batch') ?? 20_000);
const rounds = Number(arg('--rounds') ?? 2);
const synthetic = arg('--synthetic');
const hours = Number(arg('--hours') ?? 72);
const source = synthetic === undefined ? { hours } : { synthetic: Number(synthetic) };
const sides: [string, Open][] = [['current', () => DuckDbTelemetryStore.open({})]];
const commit = arg('--baseline');
const baseline = commit === undefined ? undefined : await baselineStore(commit);
if (baseline) sides.unshift([`baseline ${commit}`, baseline.open]);
// `--baseline-only`: the baseline in a process of its own (two 600k-event stores in one can be too much)
if (baseline && process.argv.includes('--baseline-only')) sides.pop();
const best = new Map<string, Awaited<ReturnType<typeof measure>>>();
try {
  for (let r = 0; r < rounds; r++) {
    for (const [name, open] of sides) {
      const m = await measure(open, source, batch);
      if (process.stderr.isTTY)
        process.stderr.write(`${name} round ${r + 1}: ${JSON.stringify(m)}\n`);
      const prev = best.get(name);
      if (!prev || m.cpuMs < prev.cpuMs) best.set(name, m);
    }
  }
} finally {
  baseline?.cleanup();
}
console.log(
  JSON.stringify(
    {
      dataset: synthetic === undefined ? `flagship ${hours}h seed 1` : `synthetic ${synthetic}`,
      batch,
      rounds,
      ...Object.fromEntries(best),
    },
    null,
    2,
  ),
);
