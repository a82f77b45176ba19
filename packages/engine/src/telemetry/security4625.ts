import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, LogonFacts, LogonFailure, UserFacts } from './facts.js';

/** Windows Security 4625: an account failed to log on. */
export function security4625(
  meta: EventMeta,
  host: HostFacts,
  user: UserFacts,
  logon: LogonFacts,
  failure: LogonFailure,
): EcsEvent {
  throw new Error('telemetry.security4625: not implemented yet');
}
