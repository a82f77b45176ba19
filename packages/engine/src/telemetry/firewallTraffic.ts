import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, ConnectionFacts, DeviceFacts } from './facts.js';

/** A firewall traffic log (FortiGate, `fortinet_fortigate.log`): allowed or denied. */
export function firewallTraffic(
  meta: EventMeta,
  device: DeviceFacts,
  connection: ConnectionFacts,
): EcsEvent {
  throw new Error('telemetry.firewallTraffic: not implemented yet');
}
