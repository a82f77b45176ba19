import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ProcessFacts, UserFacts } from './facts.js';

/** Windows Security 4648: a logon was attempted using explicit credentials (by `process`, whose user and logon id are the subject). */
export function security4648(
  meta: EventMeta,
  host: HostFacts,
  process: ProcessFacts,
  target: UserFacts,
  targetServer: string,
  targetIp: string,
): EcsEvent {
  throw new Error('telemetry.security4648: not implemented yet');
}
