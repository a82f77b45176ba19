import type { UserFacts } from '../telemetry/index.js';
import type { HostedProcess } from '../state/AdversaryState.js';

/**
 * Who runs a sequence of steps and what they have started so far. Background routines,
 * scheduled jobs and adversary stages all run steps through one runner with one of these.
 */
export interface StepContext {
  /** Host the steps run on. */
  host: number;
  /** Acting user index (-1: SYSTEM or an account outside the organisation). */
  user: number;
  account: UserFacts;
  /** Logon session the actor's processes run in. */
  logonId: string;
  targetHost: number;
  targetUser: number;
  /** Every picked target user (mail steps without `to` write to all). */
  picked: readonly number[];
  refs: Record<string, HostedProcess>;
  last: HostedProcess | null;
  /** Parent of processes when a step names none (explorer, the task scheduler). */
  fallbackParent: HostedProcess | null;
  /** Stage id when the adversary runs the steps ('' for background). */
  stage: string;
  /** Stage index (-1 for background). */
  stageIndex: number;
  technique: string;
  /** Name of the random stream the steps draw from. */
  stream: string;
}
