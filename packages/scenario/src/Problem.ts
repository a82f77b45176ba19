/**
 * Stable ids of everything the loader can report. Tools and translations key on the id;
 * the message is English text that names the fix.
 */
export type ProblemId =
  | 'scenario.unreadable-file'
  | 'scenario.yaml-syntax'
  | 'scenario.not-a-mapping'
  | 'scenario.missing-property'
  | 'scenario.unknown-property'
  | 'scenario.invalid-name'
  | 'scenario.wrong-type'
  | 'scenario.invalid-value'
  | 'scenario.too-few'
  | 'scenario.too-many'
  | 'scenario.out-of-range'
  | 'scenario.task-without-answer'
  | 'scenario.duplicate-id'
  | 'scenario.duplicate-ip'
  | 'scenario.ip-outside-segment'
  | 'scenario.unknown-host'
  | 'scenario.unknown-user'
  | 'scenario.unknown-segment'
  | 'scenario.unknown-department'
  | 'scenario.unknown-host-pool'
  | 'scenario.unknown-stage'
  | 'scenario.unknown-counterpart'
  | 'scenario.unknown-action'
  | 'scenario.unknown-indicator'
  | 'scenario.unknown-template'
  | 'scenario.unknown-process-ref'
  | 'scenario.unknown-technique'
  | 'scenario.revoked-technique'
  | 'scenario.technique-not-listed'
  | 'scenario.stage-cycle'
  | 'scenario.unreachable-stage'
  | 'scenario.single-branch'
  | 'scenario.stage-not-before'
  | 'scenario.hours-end-before-start'
  | 'scenario.bad-distribution'
  | 'scenario.bad-answer-key'
  | 'scenario.no-action-of-kind'
  | 'scenario.empty-selector';

/** One problem in a scenario file, at the node it is about. */
export interface Problem {
  readonly id: ProblemId;
  /** The file name as the caller gave it. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly col: number;
  /** What is wrong and how to fix it, in one line. */
  readonly message: string;
}

/** `file:line:col: message`, the form editors and terminals link to the position. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}
