import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, IdsAlertFacts } from './facts.js';

/** An IDS alert in Suricata eve form (`suricata.eve`). */
export function idsAlert(meta: EventMeta, alert: IdsAlertFacts): EcsEvent {
  throw new Error('telemetry.idsAlert: not implemented yet');
}
