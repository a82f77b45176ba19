import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ServiceFacts, UserFacts } from './facts.js';

/** Windows Security 4697: a service was installed in the system. */
export function security4697(
  meta: EventMeta,
  host: HostFacts,
  subject: UserFacts,
  subjectLogonId: string,
  service: ServiceFacts,
): EcsEvent {
  throw new Error('telemetry.security4697: not implemented yet');
}
