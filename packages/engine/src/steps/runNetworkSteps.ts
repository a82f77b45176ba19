import {
  firewallTraffic,
  idsAlert,
  mailGateway,
  webAccess,
  type ConnectionFacts,
  type HttpFacts,
  type MailFacts,
} from '../telemetry/index.js';
import { digest } from '../catalog/imageFacts.js';
import { emitInternal } from '../emit/emitInternal.js';
import { emitWeb } from '../emit/emitWeb.js';
import { idsSignature } from '../emit/idsSignature.js';
import { hashString } from '../rng/hashString.js';
import { ipToInt, publicIpFor } from '../model/ipv4.js';
import type { WorldModel } from '../model/WorldModel.js';
import type { Sim } from '../sim/Sim.js';
import type { StepOf } from './runHostSteps.js';
import { resolveHost } from './resolveHost.js';
import { userAgentFor } from '../telemetry/userAgentFor.js';
import { resolveProcess } from './resolveProcess.js';
import type { Scope } from './Scope.js';
import type { StepContext } from './StepContext.js';
import type { StepResult } from './StepResult.js';

const DEFAULT_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0';

/** Whether an address is inside one of the organisation's segments. */
export function isInternal(m: WorldModel, ip: string): boolean {
  const n = ipToInt(ip);
  for (const [lo, hi] of m.internalRanges) if (n >= lo && n <= hi) return true;
  return false;
}

/** A connection from a process: internal flows, or DNS → proxy/firewall (→ IDS) outside. */
export function runConnect(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'connect'>,
  sc: Scope,
): StepResult {
  const p = resolveProcess(sim, ctx, s.process);
  const host = p?.host ?? ctx.host;
  if (sim.cutOff(host, t)) return { t, ok: false, reason: 'host cut off' };
  const domain = s.domain !== undefined ? sc.render(s.domain).toLowerCase() : undefined;
  let ip = s.ip !== undefined ? sc.render(s.ip) : undefined;
  const internalHost = domain !== undefined ? resolveHost(sim.model, domain) : -1;
  if (ip === undefined && internalHost >= 0) ip = sim.model.hosts[internalHost]?.spec.ip;
  const r = sim.rng(`${ctx.stream}/net`);
  const duration = 200 + r.int(3000);
  if (ip !== undefined && isInternal(sim.model, ip)) {
    const ok = emitInternal(
      sim,
      t,
      host,
      p?.proc ?? null,
      ip,
      s.port,
      s.protocol,
      s.bytesOut ?? 1200 + r.int(4000),
      s.bytesIn ?? 2000 + r.int(20_000),
      duration,
    );
    return { t: t + duration, ok, ...(ok ? {} : { reason: 'host cut off' }) };
  }
  const web = s.protocol === 'http' || s.protocol === 'https';
  const outcome = emitWeb(sim, t, host, p?.proc ?? null, {
    domain: domain ?? ip ?? 'unknown',
    ...(ip !== undefined ? { ip } : {}),
    port: s.port,
    scheme: s.protocol === 'http' ? 'http' : 'https',
    proxied: web,
    method: s.method ?? 'GET',
    path: s.path !== undefined ? sc.render(s.path) : '/',
    userAgent:
      s.userAgent !== undefined
        ? sc.render(s.userAgent)
        : userAgentFor(p?.proc?.executable, DEFAULT_UA),
    bytesOut: s.bytesOut ?? 300 + r.int(900),
    bytesIn: s.bytesIn ?? 2000 + r.int(40_000),
    status: s.status ?? 200,
    sysmon3: true,
    lookup: domain !== undefined,
    durationMs: duration,
    ...(s.idsSignature !== undefined ? { ids: s.idsSignature } : {}),
    ...(ctx.stage !== '' ? { category: 'Uncategorized' } : {}),
  });
  return {
    t: t + duration,
    ok: outcome === 'ok',
    ...(outcome === 'ok' ? {} : { reason: outcome }),
  };
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  docm: 'application/vnd.ms-word.document.macroEnabled.12',
  doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
  zip: 'application/zip',
  rar: 'application/vnd.rar',
  iso: 'application/x-iso9660-image',
  lnk: 'application/x-ms-shortcut',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** The MIME type mail gateways report for an attachment name. */
export function mimeOf(name: string): string {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return MIME[ext] ?? 'application/octet-stream';
}

/** A mail through the gateway (to every picked target when `to` is not given). */
export function runMail(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'mail'>,
  sc: Scope,
): StepResult {
  const m = sim.model;
  const from = sc.render(s.from);
  const to =
    s.to !== undefined
      ? [sc.render(s.to)]
      : (ctx.picked.length > 0 ? ctx.picked : [ctx.targetUser])
          .map((u) => m.users[u]?.facts.email)
          .filter((e): e is string => e !== undefined);
  const att = s.attachment;
  const attName = att ? sc.render(att.name) : '';
  const attachments = att
    ? [
        {
          name: attName,
          sha256: att.hash !== undefined ? sc.render(att.hash) : digest(attName, 64),
          size: att.size ?? 180_000,
          mimeType: mimeOf(attName),
        },
      ]
    : [];
  const fromDomain = from.slice(from.indexOf('@') + 1).toLowerCase();
  const r = sim.rng(`${ctx.stream}/mail`);
  const mail: MailFacts = {
    messageId: `<${r.hex(16)}.${r.hex(8)}@${fromDomain}>`,
    from,
    to,
    subject: sc.render(s.subject),
    senderIp:
      s.senderIp !== undefined
        ? sc.render(s.senderIp)
        : publicIpFor(fromDomain, hashString(fromDomain)),
    direction: (s.direction ?? 'inbound') as MailFacts['direction'],
    attachments,
    urls: s.url !== undefined ? [sc.render(s.url)] : [],
    verdict: 'delivered',
    reason: 'clean',
    sizeBytes: 6_000 + attachments.reduce((n, a) => n + Math.round(a.size * 1.37), 0),
  };
  sim.emit(t, mailGateway(sim.meta(t, -1, 'none'), m.mailGateway, mail), -1);
  return { t: t + 1, ok: true };
}

/** A request from outside to the organisation's web server: access log, firewall, IDS. */
export function runWebRequest(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'web-request'>,
  sc: Scope,
): StepResult {
  const server = resolveHost(sim.model, sc.render(s.server));
  const hm = sim.model.hosts[server];
  if (!hm || sim.cutOff(server, t)) return { t, ok: false, reason: 'server unreachable' };
  const r = sim.rng(`${ctx.stream}/web`);
  emitInbound(sim, t, server, {
    sourceIp: sc.render(s.sourceIp),
    method: s.method,
    path: sc.render(s.path),
    status: s.status,
    userAgent: sc.render(s.userAgent),
    bytes: s.bytes ?? 2_000 + r.int(30_000),
    ...(s.idsSignature !== undefined ? { ids: s.idsSignature } : {}),
  });
  return { t: t + 50, ok: true };
}

/** An inbound HTTPS request to a public server as the web server, firewall and IDS log it. */
export function emitInbound(
  sim: Sim,
  t: number,
  server: number,
  q: {
    sourceIp: string;
    method: string;
    path: string;
    status: number;
    userAgent: string;
    bytes: number;
    ids?: string;
    referrer?: string;
  },
): void {
  const m = sim.model;
  const hm = m.hosts[server];
  if (!hm) return;
  const qi = q.path.indexOf('?');
  const path = qi < 0 ? q.path : q.path.slice(0, qi);
  const sourcePort = 1024 + ((sim.state.events * 31 + t) % 64_000);
  const http: HttpFacts = {
    method: q.method,
    url: `https://www.${m.scenario.organisation.domain}${q.path}`,
    scheme: 'https',
    domain: `www.${m.scenario.organisation.domain}`,
    port: 443,
    path,
    ...(qi >= 0 ? { query: q.path.slice(qi + 1) } : {}),
    status: q.status,
    userAgent: q.userAgent,
    requestBytes: 300 + (q.path.length % 200),
    responseBytes: q.bytes,
    ...(q.referrer !== undefined ? { referrer: q.referrer } : {}),
    action: 'allowed',
    clientIp: q.sourceIp,
    clientPort: sourcePort,
    serverIp: hm.spec.ip,
    durationMs: 20 + (q.bytes % 180),
  };
  const conn: ConnectionFacts = {
    sourceIp: q.sourceIp,
    sourcePort,
    destinationIp: m.scenario.organisation.publicIp,
    destinationPort: 443,
    transport: 'tcp',
    protocol: 'tls',
    bytesOut: http.requestBytes + 800,
    bytesIn: q.bytes + 1200,
    packetsOut: 6,
    packetsIn: 4 + Math.floor(q.bytes / 1400),
    direction: 'inbound',
    durationMs: http.durationMs,
    action: 'allowed',
    rule: 'allow-web-in',
    natIp: hm.spec.ip,
    natPort: 443,
  };
  sim.emit(t, firewallTraffic(sim.meta(t, -1, 'none'), m.firewall, conn), server);
  sim.emit(
    t + http.durationMs,
    webAccess(sim.meta(t + http.durationMs, -1, 'none'), hm.facts, http),
    server,
  );
  if (q.ids !== undefined) {
    const sig = idsSignature(q.ids);
    sim.emit(
      t + 2,
      idsAlert(sim.meta(t + 2, -1, 'none'), {
        ...sig,
        signature: q.ids,
        connection: conn,
        http,
        sensor: m.sensor,
        flowId: (sim.state.events * 2654435761) % 2 ** 48,
        action: 'allowed',
      }),
      server,
    );
  }
}
