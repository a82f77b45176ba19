import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, KerberosFacts } from './facts.js';

/** Windows Security 4768: a Kerberos authentication ticket (TGT) was requested (on the DC). */
export function security4768(meta: EventMeta, dc: HostFacts, kerberos: KerberosFacts): EcsEvent {
  throw new Error('telemetry.security4768: not implemented yet');
}
