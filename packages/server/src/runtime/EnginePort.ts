import type { ActionRecord, EcsEvent, Scenario, Task } from '@kunren/domain';

/** What a world yields while it runs: telemetry, fired injects, stages the adversary reached. */
export type WorldOutput =
  | { readonly type: 'event'; readonly event: EcsEvent }
  | { readonly type: 'inject'; readonly id: string; readonly at: number }
  | { readonly type: 'stage'; readonly id: string; readonly at: number };

/** One team's world as the server drives it (the engine's `World`, narrowed). */
export interface WorldHandle {
  /** Sim ms reached. */
  readonly now: number;
  /** Advances to sim ms `t`, lazily yielding what happens. */
  runUntil(t: number): Iterable<WorldOutput>;
  /** Applies a response action at the current sim time; throws on an unknown action/target. */
  apply(action: ActionRecord): void;
  /** What the team may know: hosts, users, services, action results, evidence (JSON). */
  observe(): unknown;
  /** Ground truth for instructors and scoring (JSON): never sent to a trainee. */
  truth(): unknown;
  /** Expands `{{indicator.x}}`-style templates in this world. */
  resolve(template: string): string;
}

/** The grade of one answer. */
export interface AnswerGrade {
  readonly correct: boolean;
  /** Fraction of the points earned (partial credit), 0..1. */
  readonly credit: number;
  /** Feedback safe to show the trainee (never the key). */
  readonly feedback: string;
}

/** A team's score, by component; every figure is safe to show the team itself. */
export interface TeamScore {
  readonly total: number;
  readonly components: Readonly<Record<string, number>>;
}

/** What scoring needs about a team, beside its world. */
export interface ScoreInput {
  readonly scenario: Scenario;
  readonly world: WorldHandle;
  readonly actions: readonly ActionRecord[];
  readonly submissions: readonly { readonly taskId: string; readonly credit: number }[];
  readonly hintPenalty: number;
  readonly reportGrade: number | undefined;
}

/** The engine behind the server: worlds, answer grading, scoring. */
export interface EnginePort {
  createWorld(scenario: Scenario, options: { seed: number; team: string }): WorldHandle;
  gradeAnswer(task: Task, answer: string, world: WorldHandle, simAt: number): AnswerGrade;
  score(input: ScoreInput): TeamScore;
}
