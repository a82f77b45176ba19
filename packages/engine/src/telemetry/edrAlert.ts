import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, EdrAlertFacts, HostFacts } from './facts.js';

/** An EDR alert in the shape of Elastic Defend's (`endpoint.alerts`). */
export function edrAlert(meta: EventMeta, host: HostFacts, alert: EdrAlertFacts): EcsEvent {
  throw new Error('telemetry.edrAlert: not implemented yet');
}
