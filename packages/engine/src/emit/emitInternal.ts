import {
  sysmon3,
  zeekConnection,
  type ConnectionFacts,
  type ProcessFacts,
} from '../telemetry/index.js';
import type { Sim } from '../sim/Sim.js';

const PROTOCOL: Record<string, string> = {
  smb: 'smb',
  rdp: 'rdp',
  ldap: 'ldap',
  dns: 'dns',
  smtp: 'smtp',
  winrm: 'http',
  rpc: 'dce_rpc',
  http: 'http',
  https: 'tls',
  tcp: 'tcp',
};

/**
 * A connection between two internal hosts (SMB, RDP, LDAP, WinRM, RPC): Sysmon 3 on the
 * initiating host when a process is given, and the sensor's flow record. Nothing when
 * either end is cut off.
 */
export function emitInternal(
  sim: Sim,
  t: number,
  from: number,
  proc: ProcessFacts | null,
  toIp: string,
  port: number,
  protocol: string,
  bytesOut: number,
  bytesIn: number,
  durationMs: number,
): boolean {
  const hm = sim.model.hosts[from];
  if (!hm || sim.cutOff(from, t)) return false;
  const to = sim.model.hostByIp.get(toIp);
  if (to !== undefined && sim.cutOff(to, t)) return false;
  const conn: ConnectionFacts = {
    sourceIp: hm.spec.ip,
    sourcePort: sim.port(from),
    destinationIp: toIp,
    destinationPort: port,
    transport: protocol === 'dns' ? 'udp' : 'tcp',
    protocol: PROTOCOL[protocol] ?? protocol,
    bytesOut,
    bytesIn,
    packetsOut: 2 + Math.floor(bytesOut / 1400),
    packetsIn: 2 + Math.floor(bytesIn / 1400),
    direction: 'internal',
    durationMs,
    action: 'allowed',
  };
  if (proc && hm.windows) {
    sim.emit(t, sysmon3(sim.meta(t, from, 'sysmon'), hm.facts, proc, conn, true), from, '', toIp);
  }
  const end = t + durationMs;
  sim.emit(end, zeekConnection(sim.meta(end, -1, 'none'), sim.model.sensor, conn), from, '', toIp);
  return true;
}
