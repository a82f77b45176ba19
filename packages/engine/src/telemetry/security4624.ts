import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, LogonFacts, UserFacts } from './facts.js';

/** Windows Security 4624: an account was successfully logged on. */
export function security4624(
  meta: EventMeta,
  host: HostFacts,
  user: UserFacts,
  logon: LogonFacts,
): EcsEvent {
  throw new Error('telemetry.security4624: not implemented yet');
}
