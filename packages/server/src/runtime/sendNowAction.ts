import type { ActionRecord } from '@kunren/domain';

/**
 * The action-log entry of an inject an instructor sent ahead of its schedule (`target` is
 * the inject id). It lives in the team's action log, so a rebuild, a rewind and a branch
 * replay it like any action; it never reaches the engine (scenario action ids cannot hold
 * a dot, so it cannot collide with one).
 */
export const SEND_NOW_ACTION = 'inject.send-now';

/** True for the log entries that are the team's own response actions (not white-cell entries). */
export function isResponseAction(action: ActionRecord): boolean {
  return action.action !== SEND_NOW_ACTION;
}
