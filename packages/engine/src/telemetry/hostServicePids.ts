import type { HostFacts } from './facts.js';
import { hostFields } from './hostFields.js';

/**
 * The PIDs the telemetry gives a host's lsass.exe (writer of the Security log) and Sysmon
 * service. The engine should use the same lsass PID for its lsass process so that Security
 * records and Sysmon 10 (`TargetProcessId`) agree.
 */
export function hostServicePids(host: HostFacts): {
  readonly lsass: number;
  readonly sysmon: number;
} {
  const parts = hostFields(host);
  return { lsass: parts.lsassPid, sysmon: parts.sysmonPid };
}
