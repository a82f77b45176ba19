import type { ActionRecord, EcsEvent } from '@kunren/domain';
import { EngineError } from '../errors/EngineError.js';
import { applyAction } from '../response/applyAction.js';
import { dispatch } from '../sim/dispatch.js';
import type { Sim } from '../sim/Sim.js';
import type { WorldOutput } from '../sim/WorldOutput.js';
import { Scope } from '../steps/Scope.js';
import { SYSTEM_USER } from '../model/userFacts.js';
import { Rng } from '../rng/Rng.js';
import type { GroundTruth } from './GroundTruth.js';
import type { Observation } from './Observation.js';
import { observe } from './observe.js';
import { truth } from './truth.js';
import type { WorldSnapshot } from './WorldSnapshot.js';

/**
 * One team's world: the organisation, its background life and the adversary's campaign,
 * advanced in sim time by `runUntil` and changed by the team's response actions. Create it
 * with `createWorld`, `restoreWorld` or `replay`. Not re-entrant: finish (or drop) one
 * `runUntil` iteration before calling `apply` or the next `runUntil`.
 */
export class World {
  /** @internal use createWorld / restoreWorld. */
  constructor(private readonly sim: Sim) {}

  /** Sim time in ms since the scenario start. */
  get now(): number {
    return this.sim.state.now;
  }

  /** The scenario's start, ms since the epoch (UTC). */
  get startMs(): number {
    return this.sim.model.startMs;
  }

  /** The scenario's length in ms. */
  get lengthMs(): number {
    return this.sim.model.lengthMs;
  }

  /**
   * Advances the world to sim time `t` (inclusive), lazily yielding what happens in
   * non-decreasing time order: telemetry records, injects, stage changes (ground truth) and
   * action results. Memory stays flat however long the run: only the next occurrence of
   * each recurring behaviour is scheduled.
   */
  *runUntil(t: number): Generator<WorldOutput, void, undefined> {
    const sim = this.sim;
    const q = sim.queue;
    const out = sim.out;
    const until = Math.floor(t);
    for (;;) {
      const next = q.peekTime();
      const limit = next < until ? next : until;
      while (out.peekTime() <= limit) yield out.pop()!.item;
      if (next > until) break;
      const e = q.pop()!;
      if (e.t > sim.state.now) sim.state.now = e.t;
      dispatch(sim, e.t, e.job);
    }
    if (until > sim.state.now) sim.state.now = until;
  }

  /** Like `runUntil`, yielding only the ECS records. */
  *events(t: number): Generator<EcsEvent, void, undefined> {
    for (const o of this.runUntil(t)) if (o.type === 'event') yield o.event;
  }

  /**
   * Takes a team's response action at the current sim time (`action.at` must not be later
   * than `now`). Its effect lands after the action's execution time. Throws an EngineError
   * (`engine.action.unknown`, `engine.action.target`, `engine.action.time`) with the fix.
   */
  apply(action: ActionRecord): void {
    applyAction(this.sim, action);
  }

  /**
   * How much is waiting: scheduled jobs and rendered outputs not yet due. Bounded by the
   * organisation's size, never by the simulated duration (the memory-flatness test uses it).
   */
  pending(): { readonly jobs: number; readonly outputs: number } {
    return { jobs: this.sim.queue.size, outputs: this.sim.out.size };
  }

  /** The world as plain JSON, to persist or to branch from (`restoreWorld`). */
  snapshot(): WorldSnapshot {
    const sim = this.sim;
    const snap: WorldSnapshot = {
      format: 'kunren/world@1',
      scenario: { id: sim.model.scenario.id, version: sim.model.scenario.version },
      seed: sim.model.seed,
      team: sim.model.team,
      state: sim.state,
      queue: sim.queue.snapshot(),
      streams: sim.streams.snapshot(),
      out: sim.out.snapshot(),
    };
    return JSON.parse(JSON.stringify(snap)) as WorldSnapshot;
  }

  /** What the team can know now: hosts, users, services, its actions and evidence. */
  observe(): Observation {
    return observe(this.sim);
  }

  /** The adversary's ground truth now (instructors, scoring, debrief). */
  truth(): GroundTruth {
    return truth(this.sim);
  }

  /** This team's indicator values by name (sorted by name). */
  indicators(): Record<string, string> {
    const all = this.sim.model.indicators;
    const out: Record<string, string> = {};
    for (const k of Object.keys(all).sort()) out[k] = all[k]!;
    return out;
  }

  /**
   * Expands `{{indicator.x}}`, `{{stage.<id>.host}}`, `{{stage.<id>.user}}`, `{{domain}}`,
   * `{{dc}}`, `{{fileServer}}` in this world (`{{host}}`/`{{user}}` are the first stage's
   * target). Values the world does not have yet (a stage not reached) stay as written; with
   * `strict` that throws `engine.resolve.unknown`.
   */
  resolve(template: string, strict = false): string {
    const sim = this.sim;
    const first = sim.state.adversary.stages[0];
    const host = first && first.host >= 0 ? first.host : -1;
    const user = first && first.user >= 0 ? first.user : -1;
    const scope = new Scope(
      sim,
      {
        host,
        user,
        account: sim.model.users[user]?.facts ?? SYSTEM_USER,
        logonId: '0x0',
        targetHost: host,
        targetUser: user,
        picked: [],
        refs: {},
        last: null,
        fallbackParent: null,
        stage: '',
        stageIndex: -1,
        technique: '',
        stream: 'resolve',
      },
      new Rng([0x9e3779b9, 0x243f6a88, 0xb7e15162, 1]),
    );
    const out = scope.render(template);
    if (strict && out.includes('{{')) {
      throw new EngineError(
        'engine.resolve.unknown',
        `"${template}" has no value yet in this world (${out})`,
        'run the world until the stage it names has happened, or check the variable name',
      );
    }
    return out;
  }
}
