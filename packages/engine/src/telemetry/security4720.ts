import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, UserFacts } from './facts.js';

/** Windows Security 4720: a user account was created (on the domain controller). */
export function security4720(
  meta: EventMeta,
  host: HostFacts,
  subject: UserFacts,
  subjectLogonId: string,
  target: UserFacts,
): EcsEvent {
  throw new Error('telemetry.security4720: not implemented yet');
}
