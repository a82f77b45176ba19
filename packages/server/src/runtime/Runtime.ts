import { randomUUID } from 'node:crypto';
import { errors } from '../http/errors.js';
import type { ExerciseRecord, HintPolicy } from '../state/StateStore.js';
import { ExerciseRuntime } from './ExerciseRuntime.js';
import type { RuntimeDeps } from './RuntimeDeps.js';

/** What creating an exercise takes. */
export interface NewExercise {
  readonly name: string;
  readonly scenarioPath: string;
  readonly teams: readonly {
    readonly name: string;
    readonly seed?: number;
    readonly members?: readonly string[];
  }[];
  readonly programmeId?: string | null;
  readonly roundId?: string | null;
  readonly speed?: number;
  /** Who grants hint requests (default: the instructor). */
  readonly hintPolicy?: HintPolicy;
}

/** A seed for a team: stable per exercise and team name, different between teams. */
function seedFor(exerciseId: string, teamName: string): number {
  let h = 2166136261;
  for (const c of `${exerciseId}/${teamName}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
}

/**
 * Every live exercise of this server: loaded and rebuilt from the state store on start,
 * advanced by `tick()` (a timer in production, by hand in tests with a simulated clock).
 */
export class Runtime {
  private readonly exercises = new Map<string, ExerciseRuntime>();
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;

  constructor(readonly deps: RuntimeDeps) {}

  /** Loads and rebuilds every exercise in the state store. */
  async load(): Promise<void> {
    for (const record of await this.deps.state.listExercises())
      if (!this.exercises.has(record.id)) await this.open(record);
  }

  private async open(record: ExerciseRecord): Promise<ExerciseRuntime> {
    const scenario = await this.deps.scenarios.load(record.scenarioPath);
    const teams = await this.deps.state.listTeams(record.id);
    const runtime = new ExerciseRuntime(record, scenario, teams, this.deps);
    this.exercises.set(record.id, runtime);
    await runtime.rebuild();
    return runtime;
  }

  /** The live exercise, or a 404. */
  get(exerciseId: string): ExerciseRuntime {
    const runtime = this.exercises.get(exerciseId);
    if (!runtime) throw errors.notFound('exercise', exerciseId);
    return runtime;
  }

  /** Every live exercise. */
  all(): readonly ExerciseRuntime[] {
    return [...this.exercises.values()];
  }

  /** Creates an exercise for its teams (each with its own seed) and opens it, ready to start. */
  async create(spec: NewExercise, by: string): Promise<ExerciseRuntime> {
    const scenario = await this.deps.scenarios.load(spec.scenarioPath);
    const id = randomUUID();
    const record = await this.deps.state.createExercise(
      {
        id,
        name: spec.name,
        scenarioId: scenario.id,
        scenarioPath: spec.scenarioPath,
        programmeId: spec.programmeId ?? null,
        roundId: spec.roundId ?? null,
        clock: { status: 'ready', speed: spec.speed ?? 1, simAt: 0, wallAt: this.deps.clock.now() },
        scoreboard: 'visible',
        frozenScores: null,
        branchedFrom: null,
        hintPolicy: spec.hintPolicy ?? 'instructor',
      },
      spec.teams.map((t) => ({
        id: randomUUID(),
        name: t.name,
        seed: t.seed ?? seedFor(id, t.name),
        countryId: null,
      })),
    );
    const teams = await this.deps.state.listTeams(id);
    for (const [i, t] of spec.teams.entries())
      for (const userId of t.members ?? []) await this.deps.state.addMember(teams[i]!.id, userId);
    await this.deps.state.audit({
      userId: by,
      action: 'exercise.create',
      exerciseId: id,
      detail: {
        name: spec.name,
        scenario: scenario.id,
        hintPolicy: spec.hintPolicy ?? 'instructor',
      },
    });
    return this.open(record);
  }

  /**
   * Branches an exercise at sim `t` (instructors): a new exercise with the same teams,
   * seeds and members, the actions up to `t`, paused at `t` — "what if we had…".
   */
  async branch(exerciseId: string, t: number, by: string): Promise<ExerciseRuntime> {
    const source = this.get(exerciseId);
    if (t < 0 || t > source.simNow())
      throw errors.unprocessable(
        'clock.branch-range',
        `Cannot branch at ${t} ms.`,
        `Give a sim time between 0 and ${source.simNow()}.`,
      );
    const id = randomUUID();
    const teams = source.teamRecords.map((team) => ({ ...team, id: randomUUID(), from: team.id }));
    const record = await this.deps.state.createExercise(
      {
        ...source.record,
        id,
        name: `${source.record.name} (branch at ${t} ms)`,
        clock: {
          status: 'paused',
          speed: source.record.clock.speed,
          simAt: t,
          wallAt: this.deps.clock.now(),
        },
        frozenScores: null,
        scoreboard: source.record.scoreboard === 'frozen' ? 'hidden' : source.record.scoreboard,
        branchedFrom: exerciseId,
      },
      teams.map(({ id: teamId, name, seed, countryId }) => ({ id: teamId, name, seed, countryId })),
    );
    for (const team of teams) {
      for (const userId of await this.deps.state.listMembers(team.from))
        await this.deps.state.addMember(team.id, userId);
      for (const a of await this.deps.state.listActions(team.from))
        if (a.at <= t)
          await this.deps.state.appendAction(team.id, {
            at: a.at,
            action: a.action,
            target: a.target,
            ...(a.by ? { by: a.by } : {}),
          });
    }
    await this.deps.state.audit({
      userId: by,
      action: 'exercise.branch',
      exerciseId,
      detail: { branch: id, at: t },
    });
    return this.open(record);
  }

  /** Advances every running exercise to the current sim time. */
  async tick(): Promise<void> {
    for (const exercise of this.exercises.values()) await exercise.tick();
  }

  /** Ticks every `intervalMs` of wall time (production); never overlapping ticks. */
  startTimer(intervalMs: number, onError: (err: unknown) => void): void {
    this.timer = setInterval(() => {
      if (this.ticking) return;
      this.ticking = this.tick()
        .catch(onError)
        .finally(() => (this.ticking = undefined));
    }, intervalMs);
  }

  /** Stops the timer and waits for a tick in progress and for telemetry appends in flight. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.ticking;
    await Promise.all(
      this.all().flatMap((exercise) => [...exercise.teams.values()].map((t) => t.flushing)),
    );
  }
}
