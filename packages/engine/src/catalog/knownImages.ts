import type { PeFacts } from '../telemetry/index.js';

const MS = 'Microsoft Corporation';
const WIN = 'Microsoft® Windows® Operating System';
const OFFICE = 'Microsoft Office';

/** PE header facts of well-known images, by lower-case file name. */
export const KNOWN_IMAGES: ReadonlyMap<string, PeFacts> = new Map<string, PeFacts>([
  ['explorer.exe', pe('EXPLORER.EXE', 'Windows Explorer', WIN, MS, '10.0.19041.4522')],
  ['userinit.exe', pe('USERINIT.EXE', 'Userinit Logon Application', WIN, MS, '10.0.19041.1')],
  ['winlogon.exe', pe('WINLOGON.EXE', 'Windows Logon Application', WIN, MS, '10.0.19041.4355')],
  ['services.exe', pe('services.exe', 'Services and Controller app', WIN, MS, '10.0.19041.4355')],
  [
    'svchost.exe',
    pe('svchost.exe', 'Host Process for Windows Services', WIN, MS, '10.0.19041.4355'),
  ],
  ['lsass.exe', pe('lsass.exe', 'Local Security Authority Process', WIN, MS, '10.0.19041.4355')],
  ['cmd.exe', pe('Cmd.Exe', 'Windows Command Processor', WIN, MS, '10.0.19041.4355')],
  ['powershell.exe', pe('PowerShell.EXE', 'Windows PowerShell', WIN, MS, '10.0.19041.3996')],
  [
    'wscript.exe',
    pe('wscript.exe', 'Microsoft ® Windows Based Script Host', WIN, MS, '5.812.10240.16384'),
  ],
  [
    'cscript.exe',
    pe('cscript.exe', 'Microsoft ® Console Based Script Host', WIN, MS, '5.812.10240.16384'),
  ],
  [
    'mshta.exe',
    pe(
      'MSHTA.EXE',
      'Microsoft (R) HTML Application host',
      'Internet Explorer',
      MS,
      '11.00.19041.4522',
    ),
  ],
  [
    'rundll32.exe',
    pe('RUNDLL32.EXE', 'Windows host process (Rundll32)', WIN, MS, '10.0.19041.3636'),
  ],
  ['regsvr32.exe', pe('REGSVR32.EXE', 'Microsoft(C) Register Server', WIN, MS, '10.0.19041.1')],
  [
    'schtasks.exe',
    pe('schtasks.exe', 'Task Scheduler Configuration Tool', WIN, MS, '10.0.19041.3636'),
  ],
  [
    'taskhostw.exe',
    pe('taskhostw.exe', 'Host Process for Windows Tasks', WIN, MS, '10.0.19041.4355'),
  ],
  ['wmiprvse.exe', pe('Wmiprvse.exe', 'WMI Provider Host', WIN, MS, '10.0.19041.3636')],
  ['net.exe', pe('net.exe', 'Net Command', WIN, MS, '10.0.19041.1')],
  ['net1.exe', pe('net1.exe', 'Net Command', WIN, MS, '10.0.19041.1')],
  [
    'whoami.exe',
    pe('whoami.exe', 'whoami - displays logged on user information', WIN, MS, '10.0.19041.1'),
  ],
  ['ipconfig.exe', pe('ipconfig.exe', 'IP Configuration Utility', WIN, MS, '10.0.19041.1')],
  [
    'nltest.exe',
    pe('nltestrk.exe', 'Microsoft® Logon Server Test Utility', WIN, MS, '10.0.19041.1'),
  ],
  ['systeminfo.exe', pe('sysinfo.exe', 'Displays system information', WIN, MS, '10.0.19041.1')],
  ['tasklist.exe', pe('tasklist.exe', 'Lists the current running tasks', WIN, MS, '10.0.19041.1')],
  ['reg.exe', pe('reg.exe', 'Registry Console Tool', WIN, MS, '10.0.19041.1')],
  ['sc.exe', pe('sc.exe', 'Service Control Manager Configuration Tool', WIN, MS, '10.0.19041.1')],
  ['mstsc.exe', pe('mstsc.exe', 'Remote Desktop Connection', WIN, MS, '10.0.19041.4355')],
  ['mmc.exe', pe('MMC.EXE', 'Microsoft Management Console', WIN, MS, '10.0.19041.4355')],
  ['notepad.exe', pe('NOTEPAD.EXE', 'Notepad', WIN, MS, '10.0.19041.4355')],
  ['msiexec.exe', pe('msiexec.exe', 'Windows® installer', WIN, MS, '5.0.19041.4355')],
  ['wuauclt.exe', pe('wuauclt.exe', 'Windows Update', WIN, MS, '10.0.19041.4355')],
  ['msmpeng.exe', pe('MsMpEng.exe', 'Antimalware Service Executable', WIN, MS, '4.18.24050.7')],
  [
    'mpcmdrun.exe',
    pe(
      'MpCmdRun.exe',
      'Microsoft Malware Protection Command Line Utility',
      WIN,
      MS,
      '4.18.24050.7',
    ),
  ],
  ['winword.exe', pe('WinWord.exe', 'Microsoft Word', OFFICE, MS, '16.0.17628.20144')],
  ['excel.exe', pe('Excel.exe', 'Microsoft Excel', OFFICE, MS, '16.0.17628.20144')],
  ['powerpnt.exe', pe('POWERPNT.EXE', 'Microsoft PowerPoint', OFFICE, MS, '16.0.17628.20144')],
  ['outlook.exe', pe('Outlook.exe', 'Microsoft Outlook', OFFICE, MS, '16.0.17628.20144')],
  [
    'onedrive.exe',
    pe('OneDrive.exe', 'Microsoft OneDrive', 'Microsoft OneDrive', MS, '24.101.0519.0010'),
  ],
  [
    'ms-teams.exe',
    pe('ms-teams.exe', 'Microsoft Teams', 'Microsoft Teams', MS, '24124.2315.2911.3357'),
  ],
  ['msedge.exe', pe('msedge.exe', 'Microsoft Edge', 'Microsoft Edge', MS, '126.0.2592.87')],
  [
    'chrome.exe',
    pe('chrome.exe', 'Google Chrome', 'Google Chrome', 'Google LLC', '126.0.6478.127'),
  ],
  [
    'acrord32.exe',
    pe(
      'AcroRd32.exe',
      'Adobe Acrobat Reader',
      'Adobe Acrobat Reader',
      'Adobe Systems Incorporated',
      '24.2.20857.0',
    ),
  ],
  ['7z.exe', pe('7z.exe', '7-Zip Console', '7-Zip', 'Igor Pavlov', '23.01')],
  ['rar.exe', pe('Rar.exe', 'Command line RAR', 'WinRAR', 'Alexander Roshal', '7.1.0')],
  ['robocopy.exe', pe('robocopy.exe', 'Microsoft Robocopy', WIN, MS, '10.0.19041.1')],
  ['certutil.exe', pe('CertUtil.exe', 'CertUtil.exe', WIN, MS, '10.0.19041.3636')],
  ['bitsadmin.exe', pe('bitsadmin.exe', 'BITS administration utility', WIN, MS, '7.8.19041.1')],
  ['wevtutil.exe', pe('wevtutil.exe', 'Eventing Command Line Utility', WIN, MS, '10.0.19041.1')],
  ['wmic.exe', pe('wmic.exe', 'WMI Commandline Utility', WIN, MS, '10.0.19041.3636')],
  ['conhost.exe', pe('CONHOST.EXE', 'Console Window Host', WIN, MS, '10.0.19041.4355')],
  ['dllhost.exe', pe('dllhost.exe', 'COM Surrogate', WIN, MS, '10.0.19041.1')],
  ['gpupdate.exe', pe('GPUpdate.exe', 'Microsoft® Windows GPUpdate', WIN, MS, '10.0.19041.1')],
]);

function pe(
  originalFileName: string,
  description: string,
  product: string,
  company: string,
  fileVersion: string,
): PeFacts {
  return { originalFileName, description, product, company, fileVersion };
}
