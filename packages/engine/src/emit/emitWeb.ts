import {
  firewallTraffic,
  idsAlert,
  proxyAccess,
  sysmon3,
  type ConnectionFacts,
  type HttpFacts,
  type ProcessFacts,
} from '../telemetry/index.js';
import type { Sim } from '../sim/Sim.js';
import { domainBlocked, ipBlocked } from './blocked.js';
import { emitDns } from './emitDns.js';
import { idsSignature } from './idsSignature.js';
import { urlCategory } from './urlCategory.js';
import type { WebOutcome, WebRequest } from './WebRequest.js';

/**
 * An outbound web request from a process on an internal host, as every source sees it, in
 * causal order: DNS lookup (Sysmon 22, sensor), then the connection (Sysmon 3), the proxy
 * log and the firewall session. A blocked domain still resolves but the proxy denies it; a
 * blocked address is denied by the firewall; a cut-off host sends nothing at all.
 */
export function emitWeb(
  sim: Sim,
  t: number,
  host: number,
  proc: ProcessFacts | null,
  req: WebRequest,
): WebOutcome {
  if (sim.cutOff(host, t)) return 'cut-off';
  const hm = sim.model.hosts[host];
  if (!hm) return 'cut-off';
  const m = sim.model;
  const proxy = req.proxied === false ? undefined : m.proxy;
  const d = sim.state.defence;
  const r = sim.rng('net/jitter');
  let c = t;
  const ip = req.ip ?? m.resolve(req.domain);
  if (req.lookup) c = emitDns(sim, t, host, proc, req.domain, ip, 2 + r.int(40)) + 1 + r.int(15);
  const sourcePort = sim.port(host);
  const scheme = req.scheme;
  const defaultPort = scheme === 'https' ? 443 : 80;
  let url = scheme + '://' + req.domain;
  if (req.port !== defaultPort) url += ':' + req.port;
  url += req.path;
  if (req.query) url += '?' + req.query;
  const category = req.category ?? urlCategory(req.domain, m.scenario.organisation.domain);
  const natPort = 1024 + ((sourcePort * 7 + host) % 60_000);
  const clientIp = hm.spec.ip;
  const conn = (
    bytesOut: number,
    bytesIn: number,
    packetsOut: number,
    packetsIn: number,
    durationMs: number,
    action: 'allowed' | 'denied',
    rule: string,
  ): ConnectionFacts => ({
    sourceIp: clientIp,
    sourcePort,
    destinationIp: ip,
    destinationPort: req.port,
    transport: 'tcp',
    protocol: scheme === 'https' ? 'tls' : 'http',
    domain: req.domain,
    bytesOut,
    bytesIn,
    packetsOut,
    packetsIn,
    direction: 'outbound',
    durationMs,
    action,
    rule,
    natIp: m.scenario.organisation.publicIp,
    natPort,
    communityId: undefined,
  });
  const http = (status: number, action: 'allowed' | 'denied', bytesIn: number): HttpFacts => ({
    method: req.method,
    url,
    scheme,
    domain: req.domain,
    port: req.port,
    path: req.path,
    query: req.query,
    status,
    userAgent: req.userAgent,
    requestBytes: req.bytesOut,
    responseBytes: bytesIn,
    mimeType: req.mimeType,
    referrer: req.referrer,
    category,
    action,
    clientIp,
    clientPort: sourcePort,
    serverIp: ip,
    user: req.user,
    durationMs: action === 'denied' ? 1 + r.int(5) : req.durationMs,
  });

  if (domainBlocked(d, req.domain)) {
    if (proxy) {
      sim.emit(
        c,
        proxyAccess(sim.meta(c, -1, 'none'), proxy, http(403, 'denied', 0)),
        host,
        req.domain,
        ip,
      );
    } else {
      const denied = conn(0, 0, 1, 0, 0, 'denied', 'block-domain');
      sim.emit(
        c,
        firewallTraffic(sim.meta(c, -1, 'none'), m.firewall, denied),
        host,
        req.domain,
        ip,
      );
    }
    return 'denied-domain';
  }
  if (ipBlocked(d, ip)) {
    const denied = conn(0, 0, 2, 0, 0, 'denied', 'block-ip');
    sim.emit(c, firewallTraffic(sim.meta(c, -1, 'none'), m.firewall, denied), host, req.domain, ip);
    if (proxy) {
      sim.emit(
        c + 1,
        proxyAccess(sim.meta(c + 1, -1, 'none'), proxy, http(503, 'denied', 0)),
        host,
        req.domain,
        ip,
      );
    }
    return 'denied-ip';
  }

  const bytesOut = req.bytesOut + 400 + r.int(300);
  const bytesIn = req.bytesIn + 3000 + r.int(2000);
  const flow = conn(
    bytesOut,
    bytesIn,
    3 + Math.floor(bytesOut / 1400),
    3 + Math.floor(bytesIn / 1400),
    req.durationMs,
    'allowed',
    'allow-web-out',
  );
  if (req.sysmon3 && proc && hm.windows) {
    sim.emit(
      c,
      sysmon3(sim.meta(c, host, 'sysmon'), hm.facts, proc, flow, true),
      host,
      req.domain,
      ip,
    );
  }
  const end = c + req.durationMs;
  const h = http(req.status, 'allowed', req.bytesIn);
  if (proxy) sim.emit(end, proxyAccess(sim.meta(end, -1, 'none'), proxy, h), host, req.domain, ip);
  sim.emit(
    end + 1,
    firewallTraffic(sim.meta(end + 1, -1, 'none'), m.firewall, flow),
    host,
    req.domain,
    ip,
  );
  if (req.ids !== undefined) {
    const sig = idsSignature(req.ids);
    sim.emit(
      c + 3,
      idsAlert(sim.meta(c + 3, -1, 'none'), {
        ...sig,
        signature: req.ids,
        connection: flow,
        http: h,
        ...(scheme === 'https' ? { tlsSni: req.domain } : {}),
        sensor: m.sensor,
        flowId: (sim.state.events * 2654435761) % 2 ** 48,
        action: 'allowed',
      }),
      host,
      req.domain,
      ip,
    );
  }
  return 'ok';
}
