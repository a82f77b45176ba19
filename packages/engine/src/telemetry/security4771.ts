import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, KerberosFacts } from './facts.js';

/** Windows Security 4771: Kerberos pre-authentication failed (on the DC). */
export function security4771(meta: EventMeta, dc: HostFacts, kerberos: KerberosFacts): EcsEvent {
  throw new Error('telemetry.security4771: not implemented yet');
}
