import type { ActionRecord, EcsEvent, Scenario } from '@kunren/domain';
import type { RaisedAlert } from './AlertEvaluator.js';
import type { EnginePort, WorldHandle } from './EnginePort.js';
import { SEND_NOW_ACTION } from './sendNowAction.js';

/** What one advance of a team's world produced. */
export interface AdvanceResult {
  readonly events: readonly EcsEvent[];
  readonly injects: readonly { readonly id: string; readonly at: number }[];
  readonly actionResults: readonly ActionResult[];
}

/** The effect of a response action landing (or failing), as the team sees it. */
export interface ActionResult {
  readonly seq: number;
  readonly at: number;
  readonly status: 'done' | 'failed';
  readonly result: string;
}

/**
 * One team's live world and what the server derives from it: injects fired, stages the
 * adversary reached (ground truth), alerts raised. Rebuilt by replaying the action log.
 */
export class TeamRuntime {
  readonly injects: { id: string; at: number }[] = [];
  /** Injects the white cell sent ahead of schedule (from the action log): id → sim ms, sender. */
  readonly sentEarly = new Map<string, { at: number; by: string | null }>();
  readonly stages: { id: string; at: number; status: string }[] = [];
  readonly actionResults = new Map<number, ActionResult>();
  readonly alerts = new Map<string, RaisedAlert>();
  lastActivity: string | null = null;
  /** Events generated but not yet in the telemetry store (appended in batches). */
  pending: EcsEvent[] = [];
  /** This team's offset in the detection period, 0..1 (spreads teams' alert queries out). */
  phase = 0;
  /** Sim ms up to which (inclusive) this team's events are in the telemetry store. */
  storedUntil = 0;
  /** Sim ms up to which (inclusive) the detection rules have run over the stored events. */
  alertedUntil = -1;
  /** The team's telemetry appends in flight, in order (the world does not wait for them). */
  flushing: Promise<void> = Promise.resolve();
  world: WorldHandle;

  constructor(
    readonly teamId: string,
    readonly seed: number,
    private readonly scenario: Scenario,
    private readonly engine: EnginePort,
  ) {
    this.world = engine.createWorld(scenario, { seed, team: teamId });
  }

  /** Sim ms of an event from its `@timestamp`. */
  simAtOf = (event: EcsEvent): number =>
    Date.parse(String(event['@timestamp'])) - Date.parse(this.scenario.start);

  /** Keeps the alerts not raised before; returns them (the new ones). */
  raise(alerts: readonly RaisedAlert[]): RaisedAlert[] {
    const fresh = alerts.filter((a) => !this.alerts.has(a.id));
    for (const a of fresh) this.alerts.set(a.id, a);
    return fresh;
  }

  /** Runs the world to `t` (no-op when already there). */
  advance(t: number): AdvanceResult {
    if (t <= this.world.now) return { events: [], injects: [], actionResults: [] };
    const events: EcsEvent[] = [];
    const injects: { id: string; at: number }[] = [];
    const actionResults: ActionResult[] = [];
    for (const out of this.world.runUntil(t)) {
      switch (out.type) {
        case 'event':
          events.push(out.event);
          break;
        case 'inject':
          injects.push({ id: out.id, at: out.at });
          break;
        case 'stage':
          this.stages.push({ id: out.id, at: out.at, status: out.status });
          break;
        case 'action': {
          const r = { seq: out.seq, at: out.at, status: out.status, result: out.result };
          actionResults.push(r);
          this.actionResults.set(out.seq, r);
          break;
        }
        default: {
          const never: never = out;
          throw new Error(`unknown world output ${JSON.stringify(never)}`);
        }
      }
    }
    this.injects.push(...injects);
    return { events, injects, actionResults };
  }

  /**
   * Applies an action at the world's current time (throws when the engine rejects it); a
   * send-now entry only marks its inject as sent early (the world's own delivery is then
   * not shown again).
   */
  apply(action: ActionRecord): void {
    if (action.action === SEND_NOW_ACTION)
      this.sentEarly.set(action.target, { at: action.at, by: action.by ?? null });
    else this.world.apply(action);
  }

  /** Replaces the world by a fresh one (then replay the action log into it). */
  reset(): void {
    this.world = this.engine.createWorld(this.scenario, { seed: this.seed, team: this.teamId });
    this.injects.length = 0;
    this.sentEarly.clear();
    this.stages.length = 0;
    this.alerts.clear();
    this.actionResults.clear();
    this.pending = [];
    this.storedUntil = 0;
    this.alertedUntil = -1;
  }
}
