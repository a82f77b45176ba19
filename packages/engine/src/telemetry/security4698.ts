import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ScheduledTaskFacts, UserFacts } from './facts.js';

/** Windows Security 4698: a scheduled task was created. */
export function security4698(
  meta: EventMeta,
  host: HostFacts,
  subject: UserFacts,
  subjectLogonId: string,
  task: ScheduledTaskFacts,
): EcsEvent {
  throw new Error('telemetry.security4698: not implemented yet');
}
