import type { Scenario } from '@kunren/domain';

import type { GroundTruth } from '../world/GroundTruth.js';

/**
 * What scoring needs of a world's ground truth: the part of the engine's `World.truth()`
 * it reads (a `GroundTruth` is one), in host and user names and sim milliseconds, `null`
 * for what has not happened. Never shown to trainees.
 */
export type ScoringTruth = Pick<
  GroundTruth,
  | 'now'
  | 'stages'
  | 'footholds'
  | 'credentials'
  | 'persistence'
  | 'malware'
  | 'beacons'
  | 'exfiltrated'
  | 'indicators'
>;

/** One stage of a scoring truth. */
export type TruthStage = ScoringTruth['stages'][number];

/** Downtime one business service accumulated. */
export interface ServiceDowntime {
  readonly id: string;
  readonly downtimeMs: number;
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

/** What the team did and what it cost, as the world observed it (`World.observe()` is one). */
export interface ScoringObservations {
  readonly actions: readonly ObservedAction[];
  /** Business services and the downtime they accumulated. */
  readonly services?: readonly ServiceDowntime[];
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
