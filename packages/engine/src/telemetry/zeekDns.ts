import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, DnsFacts } from './facts.js';

/** DNS lookup as the network sensor logs it (`zeek.dns`). */
export function zeekDns(meta: EventMeta, sensor: string, dns: DnsFacts): EcsEvent {
  throw new Error('telemetry.zeekDns: not implemented yet');
}
