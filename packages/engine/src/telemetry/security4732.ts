import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, GroupFacts, HostFacts, UserFacts } from './facts.js';

/** Windows Security 4732: a member was added to a security-enabled local group. */
export function security4732(
  meta: EventMeta,
  host: HostFacts,
  subject: UserFacts,
  subjectLogonId: string,
  member: UserFacts,
  group: GroupFacts,
): EcsEvent {
  throw new Error('telemetry.security4732: not implemented yet');
}
