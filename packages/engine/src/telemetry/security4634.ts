import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, LogonFacts, UserFacts } from './facts.js';

/** Windows Security 4634: an account was logged off (same `TargetLogonId` as its 4624). */
export function security4634(
  meta: EventMeta,
  host: HostFacts,
  user: UserFacts,
  logon: LogonFacts,
): EcsEvent {
  throw new Error('telemetry.security4634: not implemented yet');
}
