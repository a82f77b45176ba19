import type { ActionState, EvidenceState } from '../state/DefenceState.js';

/** What a team can know about its world at `now` (safe to show trainees). */
export interface Observation {
  readonly now: number;
  readonly hosts: readonly {
    readonly name: string;
    readonly ip: string;
    readonly role: string;
    readonly os: string;
    readonly segment: string;
    readonly criticality: string;
    readonly isolated: boolean;
    /** Down being restored from backup. */
    readonly restoring: boolean;
    readonly patched: boolean;
  }[];
  readonly users: readonly {
    readonly username: string;
    readonly name: string;
    readonly department: string;
    readonly privileges: string;
    readonly disabled: boolean;
    /** When the team reset the password, or null. */
    readonly passwordResetAt: number | null;
  }[];
  readonly services: readonly {
    readonly id: string;
    readonly up: boolean;
    readonly downtimeMs: number;
    readonly hosts: readonly string[];
  }[];
  readonly actions: readonly ActionState[];
  readonly evidence: readonly EvidenceState[];
  readonly blocked: { readonly ips: readonly string[]; readonly domains: readonly string[] };
  /** Injects delivered so far. */
  readonly injects: readonly { readonly id: string; readonly from: string; readonly at: number }[];
}
