import { expandOrganisation, parseDuration, type Scenario } from '@kunren/domain';
import type { DeviceFacts, UserFacts } from '../telemetry/index.js';
import { EngineError } from '../errors/EngineError.js';
import { hashString, hex8, mix32 } from '../rng/hashString.js';
import { RngStreams } from '../rng/RngStreams.js';
import { compileTemplate, type CompiledTemplate } from '../template/compileTemplate.js';
import { OfficeCalendar, minutesOf } from '../time/OfficeCalendar.js';
import { parseIsoUtc } from '../time/parseIsoUtc.js';
import { baseProcesses } from './baseProcesses.js';
import { drawIndicators } from './drawIndicators.js';
import type { HostModel } from './HostModel.js';
import { cidrRange, ipToInt, publicIpFor } from './ipv4.js';
import { osFacts } from '../telemetry/osFacts.js';
import { matchHosts, matchUsers } from './selectTargets.js';
import type { UserModel } from './UserModel.js';
import type { WorldModel } from './WorldModel.js';

const WORKSTATION_ROLES = new Set(['workstation', 'laptop']);

/** Builds the fixed part of a world for (scenario, seed, team). Pure and deterministic. */
export function buildModel(scenario: Scenario, seed: number, team: string): WorldModel {
  const startMs = parseIsoUtc(scenario.start);
  if (startMs === undefined) {
    throw new EngineError(
      'engine.scenario.start',
      `start "${scenario.start}" is not an ISO 8601 instant`,
      'write it like 2026-03-09T00:00:00+07:00',
    );
  }
  const lengthMs = parseDuration(scenario.length);
  if (lengthMs === undefined) {
    throw new EngineError(
      'engine.scenario.length',
      `length "${scenario.length}" is not a duration`,
      'write it like 72h or 3d',
    );
  }
  const orgSpec = scenario.organisation;
  const org = expandOrganisation(orgSpec);
  const domain = orgSpec.domain.toLowerCase();
  const orgHash = hashString(domain);
  const domainSid = `S-1-5-21-${mix32(orgHash) % 4_000_000_000}-${mix32(orgHash + 1) % 4_000_000_000}-${mix32(orgHash + 2) % 4_000_000_000}`;
  const seedText = `${seed}/${team}`;

  const hosts: HostModel[] = org.hosts.map((spec, index) => {
    const name = spec.name.toLowerCase();
    const h = hashString(name, orgHash);
    const os = osFacts(spec.os);
    const mac = [0x00, 0x15, 0x5d, (h >>> 16) & 255, (h >>> 8) & 255, h & 255]
      .map((b) => b.toString(16).toUpperCase().padStart(2, '0'))
      .join('-');
    const part: Omit<HostModel, 'base'> = {
      index,
      spec,
      name,
      facts: {
        name,
        fqdn: `${name}.${domain}`,
        ip: spec.ip,
        mac,
        id: guidOf(h),
        os,
        domain: orgSpec.netbios,
      },
      windows: os.type === 'windows',
      ipInt: ipToInt(spec.ip),
      guidPrefix: hex8(mix32(h ^ 0x51ed)),
      seed: h,
      machine: {
        name: `${spec.name.toUpperCase()}$`,
        domain: orgSpec.netbios,
        sid: `${domainSid}-${2000 + index}`,
      },
      server: !WORKSTATION_ROLES.has(spec.role),
    };
    return { ...part, base: part.windows ? baseProcesses(part) : undefined };
  });
  const hostByName = new Map(hosts.map((h) => [h.name, h.index]));
  const hostByIp = new Map(hosts.map((h) => [h.spec.ip, h.index]));

  const office = scenario.background.officeHours;
  const users: UserModel[] = org.users.map((spec, index) => ({
    index,
    spec,
    name: spec.username,
    facts: {
      name: spec.username,
      domain: orgSpec.netbios,
      sid: `${domainSid}-${1104 + index}`,
      fullName: spec.name,
      email: spec.email ?? `${spec.username}@${domain}`,
    },
    host: spec.workstation !== undefined ? (hostByName.get(spec.workstation) ?? -1) : -1,
    admin: spec.privileges === 'local-admin' || spec.privileges === 'domain-admin',
    streams: {
      day: `bg/${spec.username}/day`,
      logon: `bg/${spec.username}/logon`,
      browse: `bg/${spec.username}/browse`,
      mail: `bg/${spec.username}/mail`,
      admin: `bg/${spec.username}/admin`,
    },
    startMin: minutesOf(spec.hours?.start ?? office.start),
    endMin: minutesOf(spec.hours?.end ?? office.end),
  }));
  const userByName = new Map(users.map((u) => [u.name, u.index]));

  const byRole = (role: string) => hosts.filter((h) => h.spec.role === role);
  const dcHost = byRole('domain-controller')[0];
  const device = (
    role: string,
    fallback: string,
    product: string,
    vendor: string,
    version: string,
  ): DeviceFacts => {
    const h = byRole(role)[0];
    const name = h?.name ?? fallback;
    return {
      name,
      ip: h?.spec.ip ?? firstAddress(orgSpec.segments[0]?.cidr ?? '10.0.0.0/24'),
      product,
      vendor,
      version,
      serial: `${product
        .slice(0, 6)
        .toUpperCase()
        .replace(/[^A-Z0-9]/g, '')}${(hashString(name) % 1e8).toString().padStart(8, '0')}`,
    };
  };
  const proxyHost = byRole('proxy')[0];
  const dnsHost = byRole('dns-server')[0] ?? dcHost;
  const webName = scenario.background.webTraffic?.server;

  const indicators = drawIndicators(scenario.adversary.indicators, seedText);
  const indicatorIps = new Map<string, string>();
  for (const [name, t] of Object.entries(scenario.adversary.indicators)) {
    if (!('words' in t) || t.ip === undefined) continue;
    const d = indicators[name];
    const ip = indicators[t.ip];
    if (d !== undefined && ip !== undefined) indicatorIps.set(d, ip);
  }

  const streams = new RngStreams(seedText);
  const branchChoice = new Map<string, string>();
  for (const st of scenario.adversary.stages) {
    const g = st.branch?.group;
    if (g === undefined || branchChoice.has(g)) continue;
    const group = scenario.adversary.stages.filter((s) => s.branch?.group === g);
    const chosen = streams.get(`adversary/branch/${g}`).weighted(group, (s) => s.branch!.weight);
    branchChoice.set(g, chosen.id);
  }

  const pools = { hosts, users, hostByName, userByName };
  const pickSome = (all: number[], n: number | undefined, stream: string): number[] => {
    if (n === undefined || n >= all.length) return all;
    const r = streams.get(stream);
    const rest = [...all];
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(rest.splice(r.int(rest.length), 1)[0] as number);
    return out.sort((a, b) => a - b);
  };
  const routineActors = scenario.background.routines.map((r) =>
    pickSome(matchUsers(pools, r.actors), r.actors.pick, `background/routine/${r.id}/actors`),
  );
  const userRoutines: number[][] = users.map(() => []);
  scenario.background.routines.forEach((r, i) => {
    if (r.when !== 'office') return;
    for (const u of routineActors[i] ?? []) userRoutines[u]?.push(i);
  });
  const scheduledHosts = scenario.background.scheduled.map((s) =>
    pickSome(matchHosts(pools, s.hosts), s.hosts.pick, `background/scheduled/${s.id}/hosts`),
  );

  const templates = new Map<string, CompiledTemplate>();
  const resolved = new Map<string, string>();
  const external = new Map<string, string>();
  for (const p of [...orgSpec.external.partners, ...orgSpec.external.vendors]) {
    if (p.ip !== undefined) external.set(p.domain.toLowerCase(), p.ip);
  }
  const accounts = new Map<string, UserFacts>();

  return {
    scenario,
    seedText,
    seed,
    team,
    teamSalt: hashString(seedText, 0x7ea3),
    startMs,
    lengthMs,
    lunchStartMin: minutesOf(scenario.background.lunch.start),
    lunchEndMin: minutesOf(scenario.background.lunch.end),
    calendar: new OfficeCalendar(startMs, orgSpec.utcOffset, scenario.background.workdays),
    hosts,
    users,
    hostByName,
    hostByIp,
    userByName,
    dc: dcHost?.index ?? -1,
    fileServers: byRole('file-server').map((h) => h.index),
    servers: hosts.filter((h) => h.server && h.windows).map((h) => h.index),
    webServer:
      (webName !== undefined ? hostByName.get(webName) : undefined) ??
      byRole('web-server')[0]?.index ??
      -1,
    firewall: device('firewall', 'fw01', 'FortiGate-100F', 'Fortinet', 'v7.2.8'),
    proxy: proxyHost ? device('proxy', 'proxy01', 'Squid', 'Squid', '6.6') : undefined,
    mailGateway: device('mail-server', 'mx01', 'Mail Gateway', 'Cisco', '15.5.1'),
    sensor: 'nsm01',
    resolverIp: dnsHost?.spec.ip ?? orgSpec.external.dnsResolver ?? '10.0.0.53',
    internalRanges: orgSpec.segments.map((s) => cidrRange(s.cidr)),
    domainSid,
    indicators,
    indicatorIps,
    branchChoice,
    stageIndex: new Map(scenario.adversary.stages.map((s, i) => [s.id, i])),
    routineActors,
    userRoutines,
    scheduledHosts,
    actions: new Map(scenario.responseActions.map((a) => [a.id, a])),
    popularDomains: orgSpec.external.popularDomains,
    tpl(text) {
      let t = templates.get(text);
      if (!t) {
        t = compileTemplate(text);
        templates.set(text, t);
      }
      return t;
    },
    resolve(name) {
      const d = name.toLowerCase();
      let ip = resolved.get(d);
      if (ip !== undefined) return ip;
      const local = d.endsWith(`.${domain}`)
        ? hostByName.get(d.slice(0, -domain.length - 1))
        : undefined;
      ip =
        indicatorIps.get(d) ??
        (local !== undefined ? hosts[local]?.spec.ip : undefined) ??
        external.get(d) ??
        publicIpFor(d, hashString(registered(d)));
      resolved.set(d, ip);
      return ip;
    },
    account(username) {
      const i = userByName.get(username);
      if (i !== undefined) return (users[i] as UserModel).facts;
      let f = accounts.get(username);
      if (!f) {
        f = {
          name: username,
          domain: orgSpec.netbios,
          sid: `${domainSid}-${5000 + (hashString(username) % 4000)}`,
        };
        accounts.set(username, f);
      }
      return f;
    },
  };
}

/** `www.example.com` → `example.com`: subdomains of one site share its address block. */
function registered(domain: string): string {
  const parts = domain.split('.');
  return parts.slice(-2).join('.');
}

function firstAddress(cidr: string): string {
  const [lo] = cidrRange(cidr);
  return `${(lo >>> 24) & 255}.${(lo >>> 16) & 255}.${(lo >>> 8) & 255}.${(lo & 255) + 1}`;
}

function guidOf(h: number): string {
  const a = hex8(mix32(h));
  const b = hex8(mix32(h + 1));
  const c = hex8(mix32(h + 2));
  const d = hex8(mix32(h + 3));
  return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
}
