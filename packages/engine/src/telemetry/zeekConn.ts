import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, ConnectionFacts } from './facts.js';

/** A finished network flow as the network sensor logs it (`zeek.conn`). */
export function zeekConn(meta: EventMeta, sensor: string, connection: ConnectionFacts): EcsEvent {
  throw new Error('telemetry.zeekConn: not implemented yet');
}
