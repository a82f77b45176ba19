import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, LogonFacts, UserFacts } from './facts.js';

/** Windows Security 4672: special privileges assigned to new logon (follows an elevated 4624). */
export function security4672(
  meta: EventMeta,
  host: HostFacts,
  user: UserFacts,
  logon: LogonFacts,
): EcsEvent {
  throw new Error('telemetry.security4672: not implemented yet');
}
