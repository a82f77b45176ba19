import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, DeviceFacts, MailFacts } from './facts.js';

/** A mail gateway message log (`cisco_secure_email_gateway.log`). */
export function mailGateway(meta: EventMeta, gateway: DeviceFacts, mail: MailFacts): EcsEvent {
  throw new Error('telemetry.mailGateway: not implemented yet');
}
