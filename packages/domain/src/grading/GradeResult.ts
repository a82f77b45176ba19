/** Why an answer got the credit it got; the UI shows a message per id. */
export type GradeFeedbackId =
  | 'grading.correct'
  | 'grading.partial'
  | 'grading.parent-technique'
  | 'grading.outside-tolerance'
  | 'grading.wrong'
  | 'grading.empty'
  | 'grading.unparseable'
  | 'grading.needs-evaluator';

/** The outcome of grading one answer. */
export interface GradeResult {
  /** Full credit. */
  readonly correct: boolean;
  /** Credit between 0 and 1 (partial for lists, 0.5 for the parent technique). */
  readonly fraction: number;
  /** The answer as the grader read it (refanged, lower-cased, …), parts joined by `, `. */
  readonly normalised: string;
  readonly feedbackId: GradeFeedbackId;
  /** Free text: an evaluator must grade it (correct is false and fraction 0 until then). */
  readonly needsEvaluator?: boolean;
}

/** What grading needs to know beyond the task: how to read times written without a zone. */
export interface GradeOptions {
  /** The organisation's UTC offset (`+07:00`) for times written without one; default UTC. */
  readonly utcOffset?: string;
}
