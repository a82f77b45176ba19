import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, UserFacts } from './facts.js';

/** Windows Security 1102: the audit log was cleared. */
export function security1102(
  meta: EventMeta,
  host: HostFacts,
  subject: UserFacts,
  subjectLogonId: string,
): EcsEvent {
  throw new Error('telemetry.security1102: not implemented yet');
}
