import {
  appendUnique,
  deletePath,
  getPath,
  isBlank,
  setIfAbsent,
  setPath,
  type Doc,
} from '../docPath.js';
import { registeredDomain } from '../registeredDomain.js';
import { baseName, dirName } from './baseName.js';
import { parseWinNumber } from './parseWinNumber.js';
import { splitCommandLine } from './splitCommandLine.js';
import { SYSMON_EVENTS, DNS_TYPES, HIVES, renamedSysmonFields } from './sysmonTables.js';

/**
 * Maps a Sysmon event (`winlog.event_data.*` in place) to ECS the way Elastic's
 * `sysmon_operational` ingest pipeline does: categorisation by event id; `process.*`
 * (Image, ProcessGuid/Id, CommandLine with Windows argv splitting, parent, PE metadata,
 * hashes); `file.*` (TargetFilename, ImageLoaded, PipeName, signatures); `source.*`,
 * `destination.*`, `network.*`; `dns.*` (QueryName, QueryResults, registered domain);
 * `registry.*` (TargetObject, Details); `user.*` from `User`; `rule.name`; `related.*`.
 * The event_data fields the pipeline renames are removed, as it does.
 */
export function sysmonToEcs(doc: Doc): void {
  const code = String(getPath(doc, 'event.code') ?? '');
  const data = getPath(doc, 'winlog.event_data');
  const ed: Record<string, string> = {};
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [k, v] of Object.entries(data)) {
      if (isBlank(v) || v === '{00000000-0000-0000-0000-000000000000}') delete (data as Doc)[k];
      else ed[k] = String(v);
    }
  }
  const cat = SYSMON_EVENTS[code];
  if (cat) {
    if (cat.category) setIfAbsent(doc, 'event.category', [...cat.category]);
    setIfAbsent(doc, 'event.type', [...cat.type]);
    setIfAbsent(doc, 'event.action', cat.action);
  }
  setIfAbsent(doc, 'rule.name', ed['RuleName']);

  const hashes = parseHashes(ed['Hashes'] ?? ed['Hash']);
  const hashTarget = ['1', '23', '24', '25'].includes(code)
    ? 'process'
    : ['6', '7', '15', '26', '29'].includes(code)
      ? 'file'
      : undefined;
  if (hashTarget) {
    for (const [k, v] of Object.entries(hashes)) {
      setIfAbsent(doc, k === 'imphash' ? `${hashTarget}.pe.imphash` : `${hashTarget}.hash.${k}`, v);
    }
  }
  for (const v of Object.values(hashes)) appendUnique(doc, 'related.hash', v);

  setIfAbsent(
    doc,
    'process.entity_id',
    ed['ProcessGuid'] ?? ed['SourceProcessGuid'] ?? ed['SourceProcessGUID'],
  );
  setIfAbsent(doc, 'process.pid', parseWinNumber(ed['ProcessId'] ?? ed['SourceProcessId']));
  setIfAbsent(doc, 'process.thread.id', parseWinNumber(ed['SourceThreadId']));
  setIfAbsent(doc, 'process.executable', ed['Image'] ?? ed['SourceImage']);
  setIfAbsent(doc, 'process.command_line', ed['CommandLine']);
  setIfAbsent(doc, 'process.working_directory', ed['CurrentDirectory']);
  setIfAbsent(doc, 'process.parent.entity_id', ed['ParentProcessGuid']);
  setIfAbsent(doc, 'process.parent.pid', parseWinNumber(ed['ParentProcessId']));
  setIfAbsent(doc, 'process.parent.executable', ed['ParentImage']);
  setIfAbsent(doc, 'process.parent.command_line', ed['ParentCommandLine']);
  const pe = code === '7' ? 'file.pe' : 'process.pe';
  setIfAbsent(doc, `${pe}.original_file_name`, ed['OriginalFileName']);
  setIfAbsent(doc, `${pe}.company`, ed['Company']);
  setIfAbsent(doc, `${pe}.description`, ed['Description']);
  setIfAbsent(doc, `${pe}.file_version`, ed['FileVersion']);
  setIfAbsent(doc, `${pe}.product`, ed['Product']);
  for (const who of ['process', 'process.parent']) {
    const cmd = getPath(doc, `${who}.command_line`);
    if (typeof cmd === 'string' && cmd !== '') {
      const args = splitCommandLine(cmd);
      setIfAbsent(doc, `${who}.args`, args);
      setIfAbsent(doc, `${who}.args_count`, args.length);
    }
    setIfAbsent(doc, `${who}.name`, baseName(getPath(doc, `${who}.executable`)));
  }

  setIfAbsent(doc, 'file.path', ed['TargetFilename'] ?? ed['Device'] ?? ed['ImageLoaded']);
  setIfAbsent(doc, 'file.name', ed['PipeName']);
  setIfAbsent(doc, 'file.code_signature.subject_name', ed['Signature']);
  setIfAbsent(doc, 'file.code_signature.status', ed['SignatureStatus']);
  if (ed['Signed'] === 'true') setIfAbsent(doc, 'file.code_signature.signed', true);
  if (ed['SignatureStatus'] === 'Valid') setIfAbsent(doc, 'file.code_signature.valid', true);
  const filePath = getPath(doc, 'file.path');
  if (typeof filePath === 'string' && filePath.length > 1) {
    setIfAbsent(doc, 'file.name', baseName(filePath));
    setIfAbsent(doc, 'file.directory', dirName(filePath));
    const dot = filePath.lastIndexOf('.');
    if (dot > filePath.lastIndexOf('\\'))
      setIfAbsent(doc, 'file.extension', filePath.slice(dot + 1));
  }

  setIfAbsent(doc, 'network.transport', ed['Protocol']);
  if (code === '22') setIfAbsent(doc, 'network.protocol', 'dns');
  else setIfAbsent(doc, 'network.protocol', ed['DestinationPortName'] ?? ed['SourcePortName']);
  setIfAbsent(doc, 'source.ip', ed['SourceIp']?.replace(/^::ffff:/i, ''));
  setIfAbsent(doc, 'source.domain', ed['SourceHostname']);
  setIfAbsent(doc, 'source.port', parseWinNumber(ed['SourcePort']));
  setIfAbsent(doc, 'destination.ip', ed['DestinationIp']?.replace(/^::ffff:/i, ''));
  setIfAbsent(doc, 'destination.domain', ed['DestinationHostname']);
  setIfAbsent(doc, 'destination.port', parseWinNumber(ed['DestinationPort']));
  if (ed['Initiated'] === 'true') setIfAbsent(doc, 'network.direction', 'egress');
  if (ed['Initiated'] === 'false') setIfAbsent(doc, 'network.direction', 'ingress');
  if (ed['SourceIsIpv6'] === 'true') setIfAbsent(doc, 'network.type', 'ipv6');
  if (ed['SourceIsIpv6'] === 'false') setIfAbsent(doc, 'network.type', 'ipv4');

  const query = ed['QueryName'];
  if (query) {
    setIfAbsent(doc, 'dns.question.name', query);
    for (const [k, v] of Object.entries(registeredDomain(query)))
      setIfAbsent(doc, `dns.question.${k}`, v);
    appendUnique(doc, 'related.hosts', query);
  }
  if (ed['QueryResults']) addDnsAnswers(doc, ed['QueryResults']);
  if (ed['QueryStatus'] !== undefined)
    setIfAbsent(
      doc,
      'sysmon.dns.status',
      ed['QueryStatus'] === '0' ? 'SUCCESS' : ed['QueryStatus'],
    );

  setIfAbsent(doc, 'user.id', getPath(doc, 'winlog.user.identifier') as string | undefined);
  const user = ed['User']?.split('\\');
  if (user && user.length === 2) {
    setIfAbsent(doc, 'user.domain', user[0]);
    setIfAbsent(doc, 'user.name', user[1]);
  }
  appendUnique(doc, 'related.user', getPath(doc, 'user.name') as string | undefined);
  appendUnique(doc, 'related.ip', getPath(doc, 'source.ip') as string | undefined);
  appendUnique(doc, 'related.ip', getPath(doc, 'destination.ip') as string | undefined);

  if (ed['TargetObject'] && ['12', '13', '14'].includes(code))
    addRegistry(doc, ed['TargetObject'], ed['Details']);
  for (const name of renamedSysmonFields(code)) deletePath(doc, `winlog.event_data.${name}`);
}

function parseHashes(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!text) return out;
  for (const pair of text.split(',')) {
    const [k, v] = pair.split('=');
    if (!k || !v || /^0*$/.test(v)) continue;
    out[k.trim().toLowerCase()] = v.trim().toLowerCase();
  }
  return out;
}

function addDnsAnswers(doc: Doc, results: string): void {
  const answers: Doc[] = [];
  const ips: string[] = [];
  for (const part of results.split(';')) {
    if (part === '') continue;
    if (part.startsWith('type:')) {
      const bits = part.trim().split(/\s+/);
      const type = DNS_TYPES[bits[1] ?? ''] ?? bits[1] ?? '';
      answers.push(bits.length >= 3 ? { type, data: bits[2] as string } : { type });
    } else {
      const ip = part.replace(/^\[?::ffff:([0-9.]+)\]?(?::\d+)?$/i, '$1');
      ips.push(ip);
      answers.push({ type: ip.includes(':') ? 'AAAA' : 'A', data: ip });
    }
  }
  if (answers.length > 0) setIfAbsent(doc, 'dns.answers', answers);
  if (ips.length > 0) setIfAbsent(doc, 'dns.resolved_ip', ips);
  for (const ip of ips) appendUnique(doc, 'related.ip', ip);
}

function addRegistry(doc: Doc, path: string, details: string | undefined): void {
  setPath(doc, 'registry.path', path);
  const tokens = path.split('\\');
  const hive = HIVES[tokens[0] ?? ''];
  if (hive) {
    setPath(doc, 'registry.hive', hive);
    if (tokens.length > 1) setPath(doc, 'registry.key', tokens.slice(1).join('\\'));
  }
  setPath(doc, 'registry.value', tokens[tokens.length - 1] as string);
  if (!details) return;
  const dword = /^DWORD \((0x[0-9a-f]{8})\)$/i.exec(details);
  const qword = /^QWORD \((0x[0-9a-f]{8})-(0x[0-9a-f]{8})\)$/i.exec(details);
  if (dword) {
    setPath(doc, 'registry.data', {
      strings: [String(parseInt(dword[1] as string, 16))],
      type: 'SZ_DWORD',
    });
  } else if (qword) {
    const value = BigInt(qword[1] as string) * 2n ** 32n + BigInt(qword[2] as string);
    setPath(doc, 'registry.data', { strings: [value.toString()], type: 'SZ_QWORD' });
  } else if (details === 'Binary Data') {
    setPath(doc, 'registry.data', { strings: [details], type: 'REG_BINARY' });
  } else {
    setPath(doc, 'registry.data', { strings: [details], type: 'REG_SZ' });
  }
}
