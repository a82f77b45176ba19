import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, DeviceFacts, HttpFacts } from './facts.js';

/** A web proxy access log line (Squid, `squid.log`). */
export function proxyAccess(meta: EventMeta, proxy: DeviceFacts, http: HttpFacts): EcsEvent {
  throw new Error('telemetry.proxyAccess: not implemented yet');
}
