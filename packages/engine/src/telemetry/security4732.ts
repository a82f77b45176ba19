import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, GroupFacts, HostFacts, UserFacts } from './facts.js';
import { groupMemberAdded } from './groupMemberAdded.js';
import type { SecurityKind } from './securityEnvelope.js';

const KIND: SecurityKind = {
  code: '4732',
  action: 'added-member-to-group',
  category: ['iam'],
  type: ['group', 'change'],
  task: 'Security Group Management',
  version: 0,
};

/** Windows Security 4732: a member was added to a security-enabled local group. */
export function security4732(
  meta: EventMeta,
  host: HostFacts,
  subject: UserFacts,
  subjectLogonId: string,
  member: UserFacts,
  group: GroupFacts,
): EcsEvent {
  return groupMemberAdded(KIND, meta, host, subject, subjectLogonId, member, group);
}
