import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, GroupFacts, HostFacts, UserFacts } from './facts.js';

/** Windows Security 4728: a member was added to a security-enabled global group. */
export function security4728(
  meta: EventMeta,
  host: HostFacts,
  subject: UserFacts,
  subjectLogonId: string,
  member: UserFacts,
  group: GroupFacts,
): EcsEvent {
  throw new Error('telemetry.security4728: not implemented yet');
}
