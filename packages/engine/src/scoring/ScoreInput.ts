import type { Scenario } from '@kunren/domain';

/** A stage of the campaign as the ground truth records it (sim ms; -1 when it never happened). */
export interface TruthStage {
  readonly id: string;
  /** `done` when it completed at least once; other engine states count as not reached. */
  readonly status: string;
  /** Host the stage targeted, once chosen. */
  readonly host?: string;
  /** User the stage targeted, once chosen. */
  readonly user?: string;
  readonly startedAt: number;
  readonly doneAt: number;
}

/** A host the adversary held: since when, and when the defenders took it back (-1: never). */
export interface TruthFoothold {
  readonly host: string;
  readonly at: number;
  readonly removedAt: number;
}

/** A C2 implant's check-in loop: when it started and when it ended (-1 while alive). */
export interface TruthBeacon {
  readonly host: string;
  readonly startedAt: number;
  readonly alive: boolean;
  readonly endedAt: number;
}

/** A credential the adversary stole. */
export interface TruthCredential {
  readonly user: string;
  readonly at: number;
}

/** Downtime one business service accumulated. */
export interface TruthService {
  readonly id: string;
  readonly downtimeMs: number;
}

/**
 * What scoring needs of a world's ground truth (the engine's `World.truth()`), in host and user
 * names and sim milliseconds. Never shown to trainees.
 */
export interface ScoringTruth {
  /** Sim time the truth was taken at (the end of the drill for a final score). */
  readonly now: number;
  /** This team's indicator values by name (`c2Domain` → `cdn-sync.net`). */
  readonly indicators: Readonly<Record<string, string>>;
  readonly stages: readonly TruthStage[];
  readonly footholds: readonly TruthFoothold[];
  readonly credentials: readonly TruthCredential[];
  readonly beacons: readonly TruthBeacon[];
  /** Bytes that left the organisation; 0 when nothing did. */
  readonly exfiltratedBytes: number;
  /** When the first bytes left, or -1. */
  readonly exfiltratedAt: number;
  readonly services: readonly TruthService[];
}

/** A response action the team took, as its world recorded it. */
export interface ObservedAction {
  readonly seq: number;
  /** Sim ms the team issued it. */
  readonly at: number;
  /** Response action id of the scenario. */
  readonly action: string;
  readonly target: string;
  /** Sim ms its effect landed; defaults to `at`. */
  readonly effectAt?: number;
  /** `failed` actions (unknown target, …) cost nothing and count for nothing. */
  readonly status?: 'executing' | 'done' | 'failed';
}

/** What the team did, as the world observed it (the engine's `World.observe()`). */
export interface ScoringObservations {
  readonly actions: readonly ObservedAction[];
}

/** One answer the team submitted to a task. */
export interface Submission {
  readonly task: string;
  /** Sim ms it was submitted. */
  readonly at: number;
  readonly answer: string;
  /**
   * For answers an evaluator grades (type `text`): the evaluator's credit, 0–1. Without it a
   * text answer earns nothing yet.
   */
  readonly evaluatorCredit?: number;
}

/** A hint the team opened. */
export interface HintUse {
  readonly task: string;
  /** Index of the hint in the task's `hints`. */
  readonly hint: number;
  readonly at?: number;
}

/** The evaluator's grade of the incident report. */
export interface ReportGrade {
  /** Rubric score, 0–1. */
  readonly score: number;
  /** Sim ms the report was submitted. */
  readonly at?: number;
}

/** Everything `scoreTeam` needs. All times are sim ms since the scenario's start. */
export interface ScoreInput {
  readonly scenario: Scenario;
  readonly truth: ScoringTruth;
  readonly observations: ScoringObservations;
  readonly submissions: readonly Submission[];
  readonly hintsUsed: readonly HintUse[];
  /** Absent until an evaluator grades the report. */
  readonly report?: ReportGrade;
}
