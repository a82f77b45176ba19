/**
 * One entry of a team's action log: the input from which its world is rebuilt
 * (`world = replay(scenario, seed, actions)`). Sim time is milliseconds since the
 * scenario's `start`.
 */
export interface ActionRecord {
  /** Position in the team's log, from 1; breaks ties between actions at the same time. */
  readonly seq: number;
  /** Sim time in ms at which the action was taken. */
  readonly at: number;
  /** The scenario's response action id (`isolate-ws-host`, …). */
  readonly action: string;
  /** The target: a host name, IP, domain, username, process id, file path or party. */
  readonly target: string;
  /** Who took it (user id), for the audit trail; does not affect the world. */
  readonly by?: string;
}
