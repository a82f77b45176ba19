import type { ActionRecord, EcsEvent, Scenario, Task } from '@kunren/domain';

/** What a world yields while it runs: telemetry, fired injects, stages the adversary reached. */
export type WorldOutput =
  | { readonly type: 'event'; readonly at: number; readonly event: EcsEvent }
  | { readonly type: 'inject'; readonly at: number; readonly id: string }
  | {
      readonly type: 'stage';
      readonly at: number;
      readonly id: string;
      readonly status: string;
      readonly host?: string;
    }
  | {
      readonly type: 'action';
      readonly at: number;
      readonly seq: number;
      readonly action: string;
      readonly target: string;
      readonly status: 'done' | 'failed';
      readonly result: string;
    };

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

/** One component of a team's score. */
export interface ScoreComponentView {
  readonly id: string;
  readonly points: number;
  readonly max: number;
}

/** A team's score, by component (figures only: safe to show the team itself). */
export interface TeamScore {
  readonly total: number;
  readonly max: number;
  readonly components: readonly ScoreComponentView[];
}

/** What scoring needs about a team, beside its world. */
export interface ScoreInput {
  readonly scenario: Scenario;
  readonly world: WorldHandle;
  readonly submissions: readonly {
    readonly taskId: string;
    readonly at: number;
    readonly answer: string;
    readonly evaluatorCredit?: number;
  }[];
  readonly hintsUsed: readonly { readonly taskId: string; readonly hint: number }[];
  /** The evaluator's rubric grade, 0–1, once graded. */
  readonly report?: { readonly score: number; readonly at?: number };
}

/** The engine behind the server: worlds, answer grading, scoring. */
export interface EnginePort {
  createWorld(scenario: Scenario, options: { seed: number; team: string }): WorldHandle;
  gradeAnswer(scenario: Scenario, task: Task, answer: string, world: WorldHandle): AnswerGrade;
  score(input: ScoreInput): TeamScore;
}
