import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { ActionRecord, EcsEvent, Scenario } from '@kunren/domain';
import { replay, type World, type WorldOutput } from '@kunren/engine';
import { loadScenarioFile } from '@kunren/scenario';

/** The compact test scenario (14 hosts, 11 people, a campaign exercising every reaction). */
export const COMPACT = fileURLToPath(new URL('./fixtures/compact.yaml', import.meta.url));
/** The flagship scenario. */
export const FLAGSHIP_FILE = fileURLToPath(
  new URL('../../../content/scenarios/ministry-targeted-attack/scenario.yaml', import.meta.url),
);

export const HOUR = 3_600_000;

const cache = new Map<string, Scenario>();

/** Loads and validates a scenario with the scenario package's loader (cached). */
export async function scenarioAt(path: string): Promise<Scenario> {
  const hit = cache.get(path);
  if (hit) return hit;
  const r = await loadScenarioFile(path);
  if (!r.ok) throw new Error(`${path}: ${r.problems.map((p) => p.message).join('; ')}`);
  cache.set(path, r.scenario);
  return r.scenario;
}

/** Everything a run produced. */
export interface Run {
  readonly world: World;
  readonly events: EcsEvent[];
  readonly outputs: WorldOutput[];
}

/** Replays a world to `until`, keeping every output. */
export function run(
  scenario: Scenario,
  seed: number,
  team: string,
  until: number,
  actions: readonly ActionRecord[] = [],
): Run {
  const events: EcsEvent[] = [];
  const outputs: WorldOutput[] = [];
  const world = replay(scenario, { seed, team }, actions, until, (o) => {
    outputs.push(o);
    if (o.type === 'event') events.push(o.event);
  });
  return { world, events, outputs };
}

/** SHA-256 of the NDJSON a world streams up to `until` (nothing kept in memory). */
export function ndjsonHash(
  scenario: Scenario,
  seed: number,
  team: string,
  until: number,
  actions: readonly ActionRecord[] = [],
): { sha256: string; events: number } {
  const h = createHash('sha256');
  let events = 0;
  replay(scenario, { seed, team }, actions, until, (o) => {
    if (o.type !== 'event') return;
    h.update(JSON.stringify(o.event));
    h.update('\n');
    events++;
  });
  return { sha256: h.digest('hex'), events };
}

/** A nested field of an ECS record by dotted path. */
export function field(e: EcsEvent, path: string): unknown {
  let v: unknown = e;
  for (const k of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** Sim ms of a record's @timestamp relative to the world's start. */
export function simMs(world: World, e: EcsEvent): number {
  return Date.parse(e['@timestamp']) - world.startMs;
}
