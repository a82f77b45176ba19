import { sysmon22, zeekDns, type DnsFacts, type ProcessFacts } from '../telemetry/index.js';
import type { Sim } from '../sim/Sim.js';

/**
 * A name lookup by a process: Sysmon 22 on the host and the sensor's DNS record, at `t`
 * (query) and `t + rtt`. Returns the time the answer arrived.
 */
export function emitDns(
  sim: Sim,
  t: number,
  host: number,
  proc: ProcessFacts | null,
  domain: string,
  answer: string,
  rtt: number,
): number {
  const hm = sim.model.hosts[host];
  if (!hm) return t;
  const dns: DnsFacts = {
    question: domain,
    type: 'A',
    answers: [{ type: 'A', data: answer, ttl: 300 }],
    responseCode: 'NOERROR',
    transactionId: (sim.state.events * 7919 + host) & 0xffff,
    clientIp: hm.spec.ip,
    clientPort: sim.port(host),
    resolverIp: sim.model.resolverIp,
    rttMs: rtt,
  };
  if (proc && hm.windows)
    sim.emit(t, sysmon22(sim.meta(t, host, 'sysmon'), hm.facts, proc, dns), host);
  sim.emit(t + rtt, zeekDns(sim.meta(t + rtt, -1, 'none'), sim.model.sensor, dns), host, domain);
  return t + rtt;
}
