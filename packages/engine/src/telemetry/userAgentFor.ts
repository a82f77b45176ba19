import { baseName } from './baseName.js';

const EDGE =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.3065.69';
const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:135.0) Gecko/20100101 Firefox/135.0';

/** The User-Agent each well-known Windows program sends (lower-case image name → UA). */
const BY_IMAGE: Readonly<Record<string, string>> = {
  'msedge.exe': EDGE,
  'chrome.exe': CHROME,
  'firefox.exe': FIREFOX,
  'outlook.exe': 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)',
  'winword.exe':
    'Microsoft Office Word/16.0 (Windows NT 10.0; Microsoft Office Word 16.0.17928; Pro)',
  'excel.exe':
    'Microsoft Office Excel/16.0 (Windows NT 10.0; Microsoft Office Excel 16.0.17928; Pro)',
  'onedrive.exe': 'Microsoft SkyDriveSync 25.010.0119.0002 ship; Windows NT 10.0 (19045)',
  'ms-teams.exe':
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0 Teams/25.1.0.0',
  'powershell.exe':
    'Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.19041.5247',
  'svchost.exe': 'Microsoft-Delivery-Optimization/10.0',
  'mpcmdrun.exe': 'MpCommunication',
  'wsusservice.exe': 'Windows-Update-Agent/10.0.10011.16384 Client-Protocol/2.71',
  'usoclient.exe': 'Windows-Update-Agent/10.0.10011.16384 Client-Protocol/2.71',
};

/** Which browser a User-Agent names: Edge, Chrome or Firefox (undefined for others). */
function browserOfAgent(ua: string): string | undefined {
  if (/ Edg\//.test(ua)) return 'msedge.exe';
  if (/ Firefox\//.test(ua)) return 'firefox.exe';
  if (/ Chrome\//.test(ua) && !/ (OPR|Teams)\//.test(ua) && !/Mobile/.test(ua)) return 'chrome.exe';
  return undefined;
}

/**
 * The User-Agent a process sends over HTTP(S), so that the proxy log agrees with the process
 * that made the request: a browser's own agent (the first of `choices` naming that browser,
 * else a current one), an Office, OneDrive or Teams agent, or `fallback` for other programs.
 */
export function userAgentFor(
  executable: string | undefined,
  fallback: string,
  choices: readonly string[] = [],
): string {
  if (executable === undefined) return fallback;
  const image = baseName(executable).toLowerCase();
  for (const ua of choices) if (browserOfAgent(ua) === image) return ua;
  return BY_IMAGE[image] ?? fallback;
}
