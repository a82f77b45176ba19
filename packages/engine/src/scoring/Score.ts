/** The components a score is made of. */
export type ScoreComponentId =
  'tasks' | 'detection' | 'containment' | 'impact' | 'collateral' | 'report';

/** One component of a score, with how it was computed. */
export interface ScoreComponent {
  readonly id: ScoreComponentId;
  /** Points earned (collateral damage is a deduction: zero or negative). */
  readonly points: number;
  /** Most points the component can give (0 for collateral damage). */
  readonly max: number;
  /** How the points were computed, in one or two sentences. */
  readonly explanation: string;
}

/** How one task was graded. */
export interface TaskScore {
  readonly task: string;
  readonly points: number;
  readonly max: number;
  /** Credit of the best counted answer, 0–1. */
  readonly credit: number;
  readonly hintPenalty: number;
  /** Sim ms of the first fully correct answer, or -1. */
  readonly correctAt: number;
  /** Grading is waiting for an evaluator (text answers). */
  readonly pending: boolean;
}

/** Drill metrics in sim ms, measured from initial access; undefined when it never happened. */
export interface ScoreMetrics {
  /** Sim ms the attack started (the first completed stage). */
  readonly attackStartedAt?: number;
  readonly timeToDetect?: number;
  readonly timeToContain?: number;
  /** Time to the first notification or escalation. */
  readonly timeToReport?: number;
  /** Stages the adversary completed, of all stages in the campaign. */
  readonly stagesReached: number;
  readonly stagesTotal: number;
  readonly exfiltratedBytes: number;
  /** Total business-service downtime in ms. */
  readonly downtimeMs: number;
}

/** A team's score, computed from what happened. */
export interface Score {
  /** Sum of component points, never below zero. */
  readonly total: number;
  /** Sum of component maxima (the scenario's weights). */
  readonly max: number;
  readonly components: readonly ScoreComponent[];
  readonly tasks: readonly TaskScore[];
  readonly metrics: ScoreMetrics;
}
