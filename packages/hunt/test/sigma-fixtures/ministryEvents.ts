import type { EcsEvent, JsonValue } from '@kunren/domain';

/**
 * Hand-built ECS events in the shape kunren's telemetry builders (packages/engine/src/
 * telemetry) give them, for the built-in rules of content/rules: for each rule, events of
 * the attack it must find and benign look-alikes it must not.
 */

const start = Date.UTC(2026, 2, 9, 1, 0, 0);
let seq = 0;

/** ISO time `minutes` after 2026-03-09T01:00Z. */
export function at(minutes: number): string {
  return new Date(start + Math.round(minutes * 60_000)).toISOString();
}

function base(
  minutes: number,
  dataset: string,
  code?: string,
): { '@timestamp': string; event: { [key: string]: JsonValue } } {
  seq += 1;
  return {
    '@timestamp': at(minutes),
    event: {
      id: `ev-${seq}`,
      kind: 'event',
      dataset,
      module: dataset.split('.')[0] ?? dataset,
      ...(code ? { code } : {}),
    },
  };
}

const hosts: Readonly<Record<string, string>> = {
  ws042: '10.10.1.42',
  ws077: '10.10.2.77',
  adm01: '10.30.0.11',
  fs01: '10.20.0.21',
  dc01: '10.20.0.10',
};

function host(name: string): EcsEvent[string] {
  return {
    name,
    hostname: name,
    ip: [hosts[name] ?? '10.10.0.1'],
    os: { type: 'windows', family: 'windows' },
  };
}

/** Sysmon 1, process creation. */
export function sysmon1(
  minutes: number,
  h: string,
  p: { image: string; cmd: string; parent: string; original?: string },
): EcsEvent {
  const name = p.image.split('\\').pop() ?? p.image;
  return {
    ...base(minutes, 'windows.sysmon_operational', '1'),
    host: host(h),
    winlog: {
      channel: 'Microsoft-Windows-Sysmon/Operational',
      event_id: '1',
      provider_name: 'Microsoft-Windows-Sysmon',
      event_data: { IntegrityLevel: 'Medium', LogonId: '0x3e7' },
    },
    process: {
      executable: p.image,
      name,
      command_line: p.cmd,
      pe: p.original ? { original_file_name: p.original } : {},
      parent: { executable: p.parent, name: p.parent.split('\\').pop() ?? p.parent },
    },
  };
}

/** Security 4688, process creation (no original file name). */
export function security4688(
  minutes: number,
  h: string,
  p: { image: string; cmd: string; parent: string },
): EcsEvent {
  return {
    ...security(minutes, h, '4688', { CommandLine: p.cmd }),
    process: {
      executable: p.image,
      name: p.image.split('\\').pop() ?? p.image,
      command_line: p.cmd,
      parent: { executable: p.parent, name: p.parent.split('\\').pop() ?? p.parent },
    },
  };
}

/** Sysmon 10, process access. */
export function sysmon10(
  minutes: number,
  h: string,
  source: string,
  target: string,
  access: string,
): EcsEvent {
  return {
    ...base(minutes, 'windows.sysmon_operational', '10'),
    host: host(h),
    winlog: {
      channel: 'Microsoft-Windows-Sysmon/Operational',
      event_id: '10',
      provider_name: 'Microsoft-Windows-Sysmon',
      event_data: { TargetImage: target, GrantedAccess: access, SourceUser: 'MINISTRY\\someone' },
    },
    process: { executable: source, name: source.split('\\').pop() ?? source },
  };
}

/** A Security-channel event with its event data (and the ECS fields Elastic's pipeline adds). */
export function security(
  minutes: number,
  h: string,
  code: string,
  data: Record<string, string>,
  extra: { [key: string]: JsonValue } = {},
): EcsEvent {
  return {
    ...base(minutes, 'windows.security', code),
    host: host(h),
    winlog: {
      channel: 'Security',
      event_id: code,
      provider_name:
        code === '1102' ? 'Microsoft-Windows-Eventlog' : 'Microsoft-Windows-Security-Auditing',
      event_data: data,
    },
    ...(data.SubjectUserName
      ? { user: { name: data.SubjectUserName, domain: data.SubjectDomainName ?? 'MINISTRY' } }
      : {}),
    ...extra,
  } as EcsEvent;
}

/** Security 4625 / 4624 from a source address. */
export function logon(
  minutes: number,
  h: string,
  code: '4624' | '4625',
  user: string,
  ip: string,
  type = 3,
): EcsEvent {
  return security(
    minutes,
    h,
    code,
    { TargetUserName: user, TargetDomainName: 'MINISTRY', LogonType: String(type), IpAddress: ip },
    { source: { ip, port: 50000 + (seq % 1000) }, user: { name: user, domain: 'MINISTRY' } },
  );
}

/** Zeek DNS query log. */
export function zeekDns(minutes: number, client: string, query: string, type = 'A'): EcsEvent {
  return {
    ...base(minutes, 'zeek.dns'),
    source: { ip: client, port: 53000 + (seq % 1000) },
    destination: { ip: '10.20.0.10', port: 53 },
    dns: { question: { name: query, type }, response_code: 'NOERROR' },
    zeek: { dns: { query, qtype_name: type, rejected: false } },
  };
}

/** FortiGate traffic log of one flow. */
export function firewallFlow(
  minutes: number,
  src: string,
  dst: string,
  bytesOut: number,
  direction = 'outbound',
  denied = false,
): EcsEvent {
  return {
    ...base(minutes, 'fortinet_fortigate.log', '0000000013'),
    event: {
      ...base(minutes, 'fortinet_fortigate.log').event,
      outcome: denied ? 'failure' : 'success',
      action: denied ? 'deny' : 'close',
    },
    observer: { type: 'firewall', vendor: 'Fortinet', product: 'FortiGate' },
    source: { ip: src, port: 40000 + (seq % 1000), bytes: bytesOut },
    destination: { ip: dst, port: 443, bytes: 5000 },
    network: { direction, transport: 'tcp' },
  };
}

/** Mail gateway message log. */
export function mail(minutes: number, direction: string, attachments: readonly string[]): EcsEvent {
  return {
    ...base(minutes, 'cisco_secure_email_gateway.log'),
    email: {
      direction,
      from: { address: ['procurement@partner-supplies.example'] },
      to: { address: ['finance@ministry.example'] },
      subject: 'Invoice',
      attachments: attachments.map((name) => ({
        file: { name, extension: name.split('.').pop()?.toLowerCase() ?? '' },
      })),
    },
  };
}

/** Sysmon 13, registry value set by `image` (`key` is the full value path, `HKU\…\Run\x`). */
export function sysmon13(
  minutes: number,
  h: string,
  image: string,
  key: string,
  data: string,
): EcsEvent {
  return {
    ...base(minutes, 'windows.sysmon_operational', '13'),
    host: host(h),
    winlog: {
      channel: 'Microsoft-Windows-Sysmon/Operational',
      event_id: '13',
      provider_name: 'Microsoft-Windows-Sysmon',
      event_data: { EventType: 'SetValue', TargetObject: key, Details: data },
    },
    process: { executable: image, name: image.split('\\').pop() ?? image },
    registry: { path: key, data: { strings: [data] } },
  };
}

/** Sysmon 11, file created by `image`. */
export function sysmon11(minutes: number, h: string, image: string, path: string): EcsEvent {
  return {
    ...base(minutes, 'windows.sysmon_operational', '11'),
    host: host(h),
    winlog: {
      channel: 'Microsoft-Windows-Sysmon/Operational',
      event_id: '11',
      provider_name: 'Microsoft-Windows-Sysmon',
      event_data: {},
    },
    process: { executable: image, name: image.split('\\').pop() ?? image },
    file: { path, name: path.split('\\').pop() ?? path },
  };
}

/** A Squid proxy access record from `client` to `domain`. */
export function proxy(
  minutes: number,
  client: string,
  domain: string,
  userAgent: string,
): EcsEvent {
  return {
    ...base(minutes, 'squid.log'),
    source: { ip: client },
    destination: { ip: '203.0.113.80', port: 443 },
    url: {
      domain,
      original: `https://${domain}/jquery-3.3.1.min.js`,
      path: '/jquery-3.3.1.min.js',
    },
    http: { request: { method: 'GET' }, response: { status_code: 200 } },
    user_agent: { original: userAgent },
  };
}
