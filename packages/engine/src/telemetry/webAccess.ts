import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, HttpFacts } from './facts.js';

/** A web server access log line (`nginx.access`). */
export function webAccess(meta: EventMeta, server: HostFacts, http: HttpFacts): EcsEvent {
  throw new Error('telemetry.webAccess: not implemented yet');
}
