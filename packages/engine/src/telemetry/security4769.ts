import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, KerberosFacts } from './facts.js';

/** Windows Security 4769: a Kerberos service ticket was requested (on the DC). */
export function security4769(meta: EventMeta, dc: HostFacts, kerberos: KerberosFacts): EcsEvent {
  throw new Error('telemetry.security4769: not implemented yet');
}
