/** What running one step did. */
export interface StepResult {
  /** Sim time when the step's records end (the next step's delay counts from here). */
  readonly t: number;
  /** False when the step could not happen (host cut off, credential rejected). */
  readonly ok: boolean;
  /** The step continues by itself (exfiltration chunks) and resumes the sequence later. */
  readonly wait?: boolean;
  readonly reason?: string;
}
