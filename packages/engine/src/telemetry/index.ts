/**
 * Telemetry builders: pure functions from facts to ECS documents, one per source and event
 * code. Every builder takes an {@link EventMeta} (sim time, scenario start, event id) first.
 */
export type * from './facts.js';
export { sysmonUtcTime } from './sysmonUtcTime.js';
export { osFacts } from './osFacts.js';
export { hostServicePids } from './hostServicePids.js';
export { security4624 } from './security4624.js';
export { security4625 } from './security4625.js';
export { security4634 } from './security4634.js';
export { security4648 } from './security4648.js';
export { security4672 } from './security4672.js';
export { security4688 } from './security4688.js';
export { security4697 } from './security4697.js';
export { security4698 } from './security4698.js';
export { security4720 } from './security4720.js';
export { security4728 } from './security4728.js';
export { security4732 } from './security4732.js';
export { security4768 } from './security4768.js';
export { security4769 } from './security4769.js';
export { security4771 } from './security4771.js';
export { security1102 } from './security1102.js';
export { sysmon1 } from './sysmon1.js';
export { sysmon3 } from './sysmon3.js';
export { sysmon7 } from './sysmon7.js';
export { sysmon8 } from './sysmon8.js';
export { sysmon10 } from './sysmon10.js';
export { sysmon11 } from './sysmon11.js';
export { sysmon12 } from './sysmon12.js';
export { sysmon13 } from './sysmon13.js';
export { sysmon22 } from './sysmon22.js';
export { zeekDns } from './zeekDns.js';
export { zeekConnection } from './zeekConnection.js';
export { firewallTraffic } from './firewallTraffic.js';
export { proxyAccess } from './proxyAccess.js';
export { mailGateway } from './mailGateway.js';
export { webAccess } from './webAccess.js';
export { edrAlert } from './edrAlert.js';
export { idsAlert } from './idsAlert.js';
