import { exerciseOverview } from '../presenters/exerciseOverview.js';
import type { Runtime } from '../runtime/Runtime.js';
import type { LiveFrame } from '../schemas/frames.js';
import { parseRoom, rooms } from './rooms.js';

/**
 * The instructor's live board over WebSocket: publishes an exercise's overview (every
 * team's stages, detection, containment, score, open alerts, last activity) to its staff
 * room when it changed, at most once per `minIntervalMs` of wall time per exercise, and
 * only while someone watches that room. Changes are noticed from every frame published to
 * the exercise's rooms, and by recomputing running exercises (the adversary moves on its own).
 */
export class OverviewBoard {
  private readonly changed = new Set<string>();
  private readonly last = new Map<string, { readonly at: number; readonly key: string }>();
  private readonly teamExercise = new Map<string, string>();
  private readonly unobserve: () => void;
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<number> | undefined;

  constructor(
    private readonly runtime: Runtime,
    readonly minIntervalMs = 1000,
  ) {
    this.unobserve = runtime.deps.hub.observe((e) => this.noticed(e.room));
  }

  private noticed(room: string): void {
    const ref = parseRoom(room);
    if (!ref || ref.kind === 'staff') return;
    const exerciseId = ref.kind === 'exercise' ? ref.id : this.exerciseOfTeam(ref.id);
    if (exerciseId) this.changed.add(exerciseId);
  }

  private exerciseOfTeam(teamId: string): string | undefined {
    if (!this.teamExercise.has(teamId))
      for (const e of this.runtime.all())
        for (const id of e.teams.keys()) this.teamExercise.set(id, e.record.id);
    return this.teamExercise.get(teamId);
  }

  /** Publishes the overviews due now; resolves with how many were published (never overlaps). */
  refresh(): Promise<number> {
    this.refreshing ??= this.publishDue().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async publishDue(): Promise<number> {
    const { hub, clock, engine, state } = this.runtime.deps;
    let published = 0;
    for (const exercise of this.runtime.all()) {
      const id = exercise.record.id;
      const room = rooms.staff(id);
      if (hub.listenerCount(room) === 0) continue;
      const now = clock.now();
      const last = this.last.get(id);
      if (last && now - last.at < this.minIntervalMs) continue;
      const running = exercise.record.clock.status === 'running';
      if (last && !running && !this.changed.has(id)) continue;
      this.changed.delete(id);
      const teams = await exerciseOverview(engine, state, exercise);
      // Sim time alone moving on is no change: clients follow the clock frames for it.
      const key = JSON.stringify(teams.map(({ simTime: _, ...rest }) => rest));
      this.last.set(id, { at: now, key });
      if (last?.key === key) continue;
      const frame: LiveFrame = { type: 'overview', exerciseId: id, teams };
      hub.publish(room, frame);
      published++;
    }
    return published;
  }

  /** Refreshes every `intervalMs` of wall time (production); errors go to `onError`. */
  start(intervalMs: number, onError: (err: unknown) => void): void {
    this.timer = setInterval(() => void this.refresh().catch(onError), intervalMs);
  }

  /** Stops refreshing and watching, after a refresh in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.unobserve();
    await this.refreshing?.catch(() => undefined);
  }
}
