import type { ProcessFacts } from '../telemetry/index.js';
import type { AdversaryState } from './AdversaryState.js';
import type { DefenceState } from './DefenceState.js';

/** Counters and containment of one host. */
export interface HostState {
  /** Processes started so far (makes entity ids unique). */
  serial: number;
  /** Last pid handed out. */
  pid: number;
  /** Logon sessions opened so far. */
  logons: number;
  /** Last Security and Sysmon record ids. */
  sec: number;
  sys: number;
  /** Next ephemeral source port. */
  port: number;
  isolated: boolean;
  patched: boolean;
  /** Sim time until which the host is down being restored, or -1. */
  restoringUntil: number;
}

/** An interactive session of a user at the workstation. */
export interface SessionState {
  logonId: string;
  at: number;
  /** Planned logoff time. */
  until: number;
  explorer: ProcessFacts;
  browser: ProcessFacts | null;
  outlook: ProcessFacts | null;
}

/** What changes about a person. */
export interface UserState {
  session: SessionState | null;
  /** Sessions opened so far; session work carries it so stale chains stop. */
  gen: number;
  disabled: boolean;
  /** When the password was last reset, or -1. */
  resetAt: number;
}

/** A scheduled or fired inject. */
export interface InjectState {
  id: string;
  /** When it fired, or -1. */
  firedAt: number;
}

/**
 * Everything about a world that changes while it runs, as plain JSON: the snapshot is this
 * plus the queue, the random streams and the output not yet released.
 */
export interface WorldState {
  now: number;
  /** Records emitted so far (their `event.id`s derive from it). */
  events: number;
  hosts: HostState[];
  users: UserState[];
  adversary: AdversaryState;
  defence: DefenceState;
  injects: InjectState[];
}
