import { parseDuration, type ActionRecord, type Scenario } from '@kunren/domain';
import { errors } from '../http/errors.js';
import { rooms } from '../live/rooms.js';
import type { LiveFrame } from '../schemas/frames.js';
import type { RaisedAlert } from './AlertEvaluator.js';
import type { ExerciseRecord, TeamRecord } from '../state/StateStore.js';
import { applyClockCommand, type ClockCommand } from './clockCommands.js';
import { clockView } from './clockView.js';
import type { RuntimeDeps } from './RuntimeDeps.js';
import { isoAt, simTimeAt } from './simTime.js';
import { TeamRuntime, type AdvanceResult } from './TeamRuntime.js';
import { presentInject } from '../presenters/presentInject.js';

const DEFAULT_CHUNK_MS = 15 * 60_000;
/** Lets requests waiting on the event loop run before the next slice of simulation. */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Telemetry is appended in batches (an append costs ~30 ms however small): this many events… */
const FLUSH_EVENTS = 5000;
/** …or this much wall time, whichever comes first (the SIEM's ingest delay); paused clocks flush at once. */
const FLUSH_MS = 5_000;
/**
 * The detection rules run in the store over windows of at least this much sim time (a run
 * costs ~0.3 s of DuckDB work per team whatever the window); a flush in a team's turn (a
 * hunt on a paused clock) and a rebuild run them over whatever is new.
 */
const DETECT_EVERY_MS = 5 * 60_000;

/**
 * One live exercise: its clock and one world per team. Every operation runs in turn
 * (ticks, actions, clock controls, rewinds never interleave), and every command is
 * persisted before it is acknowledged.
 */
export class ExerciseRuntime {
  readonly teams = new Map<string, TeamRuntime>();
  readonly length: number;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly teamQueues = new Map<string, Promise<unknown>>();
  /** Wall ms of the last periodic telemetry flush (every team at once). */
  private flushedAt: number;

  constructor(
    public record: ExerciseRecord,
    readonly scenario: Scenario,
    readonly teamRecords: readonly TeamRecord[],
    private readonly deps: RuntimeDeps,
  ) {
    this.length = parseDuration(scenario.length) ?? 0;
    // Teams are spread over the detection period (phase per team), so their alert queries
    // do not all land on the same tick; their appends, on the contrary, are made together
    // (the telemetry store stores the appends of one turn in one transaction).
    for (const [i, t] of teamRecords.entries()) {
      const team = new TeamRuntime(t.id, t.seed, scenario, deps.engine);
      team.phase = i / teamRecords.length;
      this.teams.set(t.id, team);
    }
    this.flushedAt = deps.clock.now();
  }

  /** Runs `fn` alone: after every earlier operation of this exercise and of its teams. */
  serial<T>(fn: () => Promise<T>): Promise<T> {
    const result = Promise.all([this.queue, ...this.teamQueues.values()]).then(fn);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Runs `fn` after earlier exercise-wide operations and earlier operations of this team. */
  teamSerial<T>(teamId: string, fn: () => Promise<T>): Promise<T> {
    const result = Promise.all([this.queue, this.teamQueues.get(teamId)]).then(fn);
    this.teamQueues.set(
      teamId,
      result.catch(() => undefined),
    );
    return result;
  }

  /**
   * Appends a team's buffered events to the telemetry store behind its earlier appends; the
   * world goes on meanwhile (a slow store never holds up actions). Resolves once stored.
   */
  flush(team: TeamRuntime, detectNow = false): Promise<void> {
    const batch = team.pending;
    const until = team.world.now;
    team.pending = [];
    const scope = { exerciseId: this.record.id, teamId: team.teamId };
    team.flushing = team.flushing
      .then(async () => {
        if (batch.length > 0) await this.deps.telemetry.append(scope, batch);
        team.storedUntil = Math.max(team.storedUntil, until);
        const period = (t: number) =>
          Math.floor((t + team.phase * DETECT_EVERY_MS) / DETECT_EVERY_MS);
        if (detectNow || period(team.storedUntil) > period(team.alertedUntil))
          this.publishAlerts(team, await this.detect(team));
      })
      .catch((err: unknown) => this.deps.onError?.(err));
    return team.flushing;
  }

  /** Flushes a team's telemetry in its turn: a hunt then sees everything up to now. */
  flushTeam(teamId: string): Promise<void> {
    const team = this.team(teamId);
    return this.teamSerial(teamId, () => this.flush(team, true));
  }

  /** Current sim ms. */
  simNow(): number {
    return simTimeAt(this.record.clock, this.deps.clock.now(), this.length);
  }

  /** The team runtime, or a 404. */
  team(teamId: string): TeamRuntime {
    const team = this.teams.get(teamId);
    if (!team) throw errors.notFound('team', teamId);
    return team;
  }

  private publish(room: string, frame: LiveFrame): void {
    this.deps.hub.publish(room, frame);
  }

  /** Publishes the clock to everyone in the exercise. */
  publishClock(): void {
    this.publish(rooms.exercise(this.record.id), {
      type: 'clock',
      exerciseId: this.record.id,
      clock: clockView(this.record.clock, this.deps.clock.now(), this.scenario.start, this.length),
    });
  }

  private async deliver(team: TeamRuntime, result: AdvanceResult): Promise<void> {
    for (const e of result.events) team.pending.push(e);
    // Not awaited: the append and the detection rules run behind the world, in order. A
    // large backlog (a jump) is stored at once; otherwise `tick` flushes every team together.
    if (team.pending.length >= FLUSH_EVENTS) void this.flush(team);
    for (const inject of result.injects) {
      if (team.sentEarly.has(inject.id)) continue; // the white cell already sent it
      const spec = this.scenario.injects.find((i) => i.id === inject.id);
      if (!spec) continue;
      this.publish(rooms.team(team.teamId), {
        type: 'message',
        teamId: team.teamId,
        message: presentInject(team, spec, inject.at),
      });
    }
    for (const r of result.actionResults)
      this.publish(rooms.team(team.teamId), {
        type: 'action-result',
        teamId: team.teamId,
        result: { seq: r.seq, simTime: r.at, status: r.status, result: r.result },
      });
  }

  /**
   * Runs the detection rules in the store over the team's events stored since the last run
   * (one window per flush, never on the request path); keeps and returns the new alerts.
   */
  private async detect(team: TeamRuntime): Promise<RaisedAlert[]> {
    if (team.storedUntil <= team.alertedUntil) return [];
    const range = {
      from: isoAt(this.scenario.start, team.alertedUntil + 1),
      to: isoAt(this.scenario.start, team.storedUntil + 1),
    };
    team.alertedUntil = team.storedUntil;
    const scope = { exerciseId: this.record.id, teamId: team.teamId };
    return team.raise(
      await this.deps.rules.evaluate(this.deps.telemetry, scope, range, team.simAtOf),
    );
  }

  private publishAlerts(team: TeamRuntime, alerts: readonly RaisedAlert[]): void {
    for (const alert of alerts) {
      const { id, ruleId, title, severity, techniques, at, eventId, host, query } = alert;
      this.publish(rooms.team(team.teamId), {
        type: 'alert',
        teamId: team.teamId,
        alert: {
          id,
          ruleId,
          title,
          severity,
          techniques: [...techniques],
          simTime: at,
          eventId,
          host,
          query,
          state: 'new',
          assignee: null,
        },
      });
    }
  }

  /** Runs a team's world to `t` in bounded chunks, storing and announcing what happens. */
  async advanceTeam(team: TeamRuntime, t: number): Promise<void> {
    const chunk = this.deps.chunkMs ?? DEFAULT_CHUNK_MS;
    while (team.world.now < t) {
      await yieldToLoop();
      const next = Math.min(t, team.world.now + chunk);
      await this.deliver(team, team.advance(next));
      if (team.world.now < next) break; // the engine did not move: do not spin
    }
  }

  /** Advances every team to the current sim time; ends the exercise at the scenario's length. */
  async tick(): Promise<void> {
    if (this.record.clock.status !== 'running') return;
    const t = this.simNow();
    await Promise.all(
      [...this.teams.values()].map((team) =>
        this.teamSerial(team.teamId, () => this.advanceTeam(team, t)),
      ),
    );
    // Every team's events in one go: the store makes them one transaction, one appender
    // (whose fixed cost, ~20 ms of the event loop, is then paid once, not once per team).
    const now = this.deps.clock.now();
    if (now - this.flushedAt >= FLUSH_MS) {
      this.flushedAt = now;
      for (const team of this.teams.values()) void this.flush(team);
    }
    // The next tick starts once this one's telemetry is stored (bounds the backlog).
    await Promise.all([...this.teams.values()].map((team) => team.flushing));
    if (t < this.length) return;
    await this.serial(async () => {
      if (this.record.clock.status === 'running')
        await this.setClock(
          applyClockCommand(this.record.clock, { kind: 'end' }, this.deps.clock.now(), this.length),
        );
    });
  }

  private async setClock(clock: ExerciseRecord['clock']): Promise<void> {
    await this.deps.state.setClock(this.record.id, clock);
    this.record = { ...this.record, clock };
    this.publishClock();
  }

  /** A clock control: persisted, audited, announced, then acknowledged. */
  control(command: ClockCommand, by: string): Promise<ExerciseRecord['clock']> {
    return this.serial(async () => {
      const now = this.deps.clock.now();
      const before = simTimeAt(this.record.clock, now, this.length);
      for (const team of this.teams.values()) await this.advanceTeam(team, before);
      const next = applyClockCommand(this.record.clock, command, now, this.length);
      await this.deps.state.audit({
        userId: by,
        action: `clock.${command.kind}`,
        exerciseId: this.record.id,
        detail: command,
      });
      await this.setClock(next);
      if (command.kind === 'jump')
        for (const team of this.teams.values()) await this.advanceTeam(team, next.simAt);
      return next;
    });
  }

  /**
   * A response action by a team at the current sim time: the world is brought to now, the
   * engine checks and applies it, the log entry is made durable, and only then is it
   * acknowledged. If persisting fails the world is rebuilt from the log.
   */
  act(teamId: string, action: string, target: string, by: string): Promise<ActionRecord> {
    return this.teamSerial(teamId, async () => {
      const team = this.team(teamId);
      if (this.record.clock.status !== 'running' && this.record.clock.status !== 'paused')
        throw errors.conflict(
          'exercise.not-running',
          'The exercise is not running.',
          'Wait for the instructor to start it.',
        );
      if (!this.scenario.responseActions.some((a) => a.id === action))
        throw errors.unprocessable(
          'action.unknown',
          `Unknown response action "${action}".`,
          `Use one of: ${this.scenario.responseActions.map((a) => a.id).join(', ')}.`,
        );
      const t = this.simNow();
      await this.advanceTeam(team, t);
      const seq = (await this.deps.state.listActions(teamId)).length + 1;
      const record: ActionRecord = { seq, at: team.world.now, action, target, by };
      try {
        team.apply(record);
      } catch (err) {
        throw errors.unprocessable(
          'action.rejected',
          (err as Error).message,
          'Check the target against the assets list.',
        );
      }
      try {
        const stored = await this.deps.state.appendAction(teamId, {
          at: record.at,
          action,
          target,
          by,
        });
        team.lastActivity = new Date(this.deps.clock.now()).toISOString();
        this.publish(rooms.team(teamId), {
          type: 'action',
          teamId,
          action: { seq: stored.seq, simTime: stored.at, action, target },
        });
        return stored;
      } catch (err) {
        await this.rebuildTeam(team, t);
        throw err;
      }
    });
  }

  /** Rebuilds a team's world from its action log up to `until`, re-storing its telemetry. */
  private async rebuildTeam(team: TeamRuntime, until: number): Promise<void> {
    const scope = { exerciseId: this.record.id, teamId: team.teamId };
    await team.flushing;
    await this.deps.telemetry.deleteFrom(scope, isoAt(this.scenario.start, 0));
    team.reset();
    for (const action of await this.deps.state.listActions(team.teamId)) {
      if (action.at > until) break;
      await this.advanceQuiet(team, action.at);
      team.apply(action);
    }
    await this.advanceQuiet(team, until);
    await this.detect(team);
  }

  private async advanceQuiet(team: TeamRuntime, t: number): Promise<void> {
    const chunk = this.deps.chunkMs ?? DEFAULT_CHUNK_MS;
    const scope = { exerciseId: this.record.id, teamId: team.teamId };
    while (team.world.now < t) {
      const next = Math.min(t, team.world.now + chunk);
      const r = team.advance(next);
      if (r.events.length > 0) await this.deps.telemetry.append(scope, r.events);
      team.storedUntil = team.world.now;
      if (team.world.now < next) break;
    }
  }

  /** Rebuilds every team (server start): worlds = replay(scenario, seed, action log). */
  rebuild(): Promise<void> {
    return this.serial(async () => {
      const t = this.simNow();
      for (const team of this.teams.values()) await this.rebuildTeam(team, t);
    });
  }

  /**
   * Rewinds the exercise to sim `t` (instructors): actions after `t` leave the log (kept in
   * the audit log), worlds and telemetry are rebuilt, the clock pauses at `t`.
   */
  rewind(t: number, by: string): Promise<void> {
    return this.serial(async () => {
      if (t < 0 || t > this.simNow())
        throw errors.unprocessable(
          'clock.rewind-range',
          `Cannot rewind to ${t} ms.`,
          `Give a sim time between 0 and ${this.simNow()}.`,
        );
      const removed: Record<string, readonly ActionRecord[]> = {};
      for (const team of this.teams.values())
        removed[team.teamId] = await this.deps.state.truncateActions(team.teamId, t);
      await this.deps.state.audit({
        userId: by,
        action: 'clock.rewind',
        exerciseId: this.record.id,
        detail: { to: t, removed },
      });
      const clock = {
        ...this.record.clock,
        status: 'paused' as const,
        simAt: t,
        wallAt: this.deps.clock.now(),
      };
      await this.deps.state.setClock(this.record.id, clock);
      this.record = { ...this.record, clock };
      for (const team of this.teams.values()) await this.rebuildTeam(team, t);
      this.publish(rooms.exercise(this.record.id), {
        type: 'rewound',
        exerciseId: this.record.id,
        simTime: t,
      });
      this.publishClock();
    });
  }
}
