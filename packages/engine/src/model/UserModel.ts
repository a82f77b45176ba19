import type { ExpandedUser } from '@kunren/domain';
import type { UserFacts } from '../telemetry/index.js';

/** One person (account) of the world, as fixed for the whole run. */
export interface UserModel {
  readonly index: number;
  readonly spec: ExpandedUser;
  readonly name: string;
  readonly facts: UserFacts;
  /** Index of the user's workstation, or -1. */
  readonly host: number;
  /** Holds admin rights (local or domain), which elevates logons (4672). */
  readonly admin: boolean;
  /** Names of the person's background random streams (built once). */
  readonly streams: {
    readonly day: string;
    readonly logon: string;
    readonly browse: string;
    readonly mail: string;
    readonly admin: string;
  };
  /** Working hours as minutes since local midnight. */
  readonly startMin: number;
  readonly endMin: number;
}
