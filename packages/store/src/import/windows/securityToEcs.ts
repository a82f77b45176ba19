import type { JsonValue } from '@kunren/domain';
import { appendUnique, getPath, isBlank, setIfAbsent, setPath, type Doc } from '../docPath.js';
import { baseName } from './baseName.js';
import { parseWinNumber } from './parseWinNumber.js';
import {
  AUTH_FIELD_CODES,
  GROUP_CODES,
  LOGON_FAILURE_STATUS,
  LOGON_TYPES,
  SECURITY_EVENTS,
  SERVICE_TYPES,
  SUBJECT_USER_CODES,
  TARGET_USER_CODES,
  USER_EFFECTIVE_CODES,
  USER_TARGET_CODES,
} from './securityTables.js';

/**
 * Maps a Security-channel event (`winlog.event_data.*` already in place) to ECS the way
 * Elastic's Security ingest pipeline does: categorisation by code, the subject or target
 * account as `user.*` (with `user.target`/`user.effective`/`group.*` where the pipeline
 * puts them), `source.*` from IpAddress/IpPort/WorkstationName, `process.*` for 4688 and
 * the events carrying ProcessId/ProcessName, `winlog.logon.*`, `service.*`, outcome and
 * `related.*`. Fields already present are kept (Winlogbeat output may have them).
 */
export function securityToEcs(doc: Doc): void {
  const code = String(getPath(doc, 'event.code') ?? '');
  const ed = (name: string): string | undefined => {
    const v = getPath(doc, `winlog.event_data.${name}`);
    return isBlank(v) ? undefined : String(v);
  };
  const ud = (name: string): string | undefined => {
    const v = getPath(doc, `winlog.user_data.${name}`);
    return isBlank(v) ? undefined : String(v);
  };
  const cat = SECURITY_EVENTS[code];
  if (cat) {
    setIfAbsent(doc, 'event.category', [...cat.category]);
    setIfAbsent(doc, 'event.type', [...cat.type]);
    setIfAbsent(doc, 'event.action', cat.action);
  }
  const logonType = ed('LogonType');
  if (logonType && LOGON_TYPES[logonType])
    setPath(doc, 'winlog.logon.type', LOGON_TYPES[logonType]);

  const status = ed('Status')?.toLowerCase();
  const subStatus = ed('SubStatus')?.toLowerCase();
  if ((code === '4625' || code === '4776') && status) {
    if (LOGON_FAILURE_STATUS[status])
      setPath(doc, 'winlog.logon.failure.status', LOGON_FAILURE_STATUS[status]);
    if (subStatus && LOGON_FAILURE_STATUS[subStatus]) {
      setPath(doc, 'winlog.logon.failure.sub_status', LOGON_FAILURE_STATUS[subStatus]);
    }
  }

  if (TARGET_USER_CODES.has(code)) {
    const id = ed('TargetUserSid') ?? ed('TargetSid');
    const name = ed('TargetUserName')?.split('@')[0];
    const domain = ed('TargetDomainName');
    putUser(doc, 'id', id);
    putUser(doc, 'name', name);
    putUser(doc, 'domain', domain);
    appendUnique(doc, 'related.user', name);
  }
  if (GROUP_CODES.has(code)) {
    setIfAbsent(doc, 'group.id', ed('TargetSid') ?? ed('TargetUserSid'));
    setIfAbsent(doc, 'group.name', ed('TargetUserName'));
    setIfAbsent(doc, 'group.domain', ed('TargetDomainName')?.replace(/dc=/gi, ''));
    const member = ed('MemberName');
    if (member) {
      const parts = member.split(',');
      const memberName = (parts[0] ?? '').replace(/^cn=/i, '');
      setIfAbsent(doc, 'user.target.name', memberName);
      appendUnique(doc, 'related.user', memberName);
      if (parts.length >= 4)
        setIfAbsent(doc, 'user.target.domain', (parts[3] ?? '').replace(/^dc=/i, ''));
    }
    setIfAbsent(doc, 'user.target.id', ed('MemberSid'));
  }
  if (SUBJECT_USER_CODES.has(code)) {
    const name = ed('SubjectUserName');
    if (ed('SubjectUserSid')) setPath(doc, 'user.id', ed('SubjectUserSid') as string);
    if (name) setPath(doc, 'user.name', name);
    if (ed('SubjectDomainName')) setPath(doc, 'user.domain', ed('SubjectDomainName') as string);
    appendUnique(doc, 'related.user', name);
  }
  if (USER_TARGET_CODES.has(code) || USER_EFFECTIVE_CODES.has(code)) {
    const where = USER_TARGET_CODES.has(code) ? 'user.target' : 'user.effective';
    const name = ed('TargetUserName')?.split('@')[0];
    setIfAbsent(
      doc,
      `${where}.id`,
      USER_TARGET_CODES.has(code) ? ed('TargetSid') : ed('TargetUserSid'),
    );
    setIfAbsent(doc, `${where}.name`, name);
    setIfAbsent(doc, `${where}.domain`, ed('TargetDomainName'));
    appendUnique(doc, 'related.user', name);
  }
  if (code === '1102') {
    if (ud('SubjectUserSid')) setPath(doc, 'user.id', ud('SubjectUserSid') as string);
    if (ud('SubjectUserName')) setPath(doc, 'user.name', ud('SubjectUserName') as string);
    if (ud('SubjectDomainName')) setPath(doc, 'user.domain', ud('SubjectDomainName') as string);
    appendUnique(doc, 'related.user', ud('SubjectUserName'));
  }

  const logonId = ['4624', '4634', '4647', '4964'].includes(code)
    ? (ed('TargetLogonId') ?? ed('SubjectLogonId'))
    : (ed('SubjectLogonId') ?? ud('SubjectLogonId'));
  setIfAbsent(doc, 'winlog.logon.id', logonId);

  if (AUTH_FIELD_CODES.has(code)) {
    setIfAbsent(doc, 'process.pid', parseWinNumber(ed('ProcessId')));
    setIfAbsent(doc, 'process.executable', ed('ProcessName'));
    const ip = ed('IpAddress')?.replace(/^::ffff:/i, '');
    setIfAbsent(doc, 'source.ip', ip);
    const port = parseWinNumber(ed('IpPort'));
    if (port !== undefined && port > 0) setIfAbsent(doc, 'source.port', port);
    setIfAbsent(doc, 'source.domain', ed('WorkstationName'));
    appendUnique(doc, 'related.ip', ip);
  }
  if (code === '4688') {
    setIfAbsent(doc, 'process.pid', parseWinNumber(ed('NewProcessId')));
    setIfAbsent(doc, 'process.executable', ed('NewProcessName'));
    setIfAbsent(doc, 'process.parent.executable', ed('ParentProcessName'));
    setIfAbsent(doc, 'process.parent.pid', parseWinNumber(ed('ProcessId')));
    const cmd = ed('CommandLine');
    if (cmd) {
      setIfAbsent(doc, 'process.command_line', cmd);
      setIfAbsent(doc, 'process.args', splitOnSpaces(cmd));
    }
  }
  setIfAbsent(doc, 'process.name', baseName(getPath(doc, 'process.executable')));
  setIfAbsent(doc, 'process.parent.name', baseName(getPath(doc, 'process.parent.executable')));

  setIfAbsent(doc, 'service.name', ed('ServiceName'));
  const serviceType = ed('ServiceType')?.toLowerCase();
  if (serviceType && SERVICE_TYPES[serviceType])
    setIfAbsent(doc, 'service.type', SERVICE_TYPES[serviceType]);

  setIfAbsent(doc, 'event.outcome', outcomeOf(doc, code, status));
}

/** The 4688 argument split of Elastic's pipeline: whitespace outside double quotes. */
function splitOnSpaces(cmd: string): JsonValue[] {
  const out: string[] = [];
  let start = 0;
  let inQuote = false;
  for (let i = 0; i < cmd.length; i++) {
    const c = cmd[i] as string;
    if (c === '"') inQuote = !inQuote;
    if (/\s/.test(c) && !inQuote) {
      out.push(cmd.slice(start, i));
      start = i + 1;
    }
  }
  out.push(cmd.slice(start));
  return out;
}

function putUser(doc: Doc, key: 'id' | 'name' | 'domain', value: string | undefined): void {
  if (value === undefined) return;
  if (isBlank(getPath(doc, `user.${key}`))) setPath(doc, `user.${key}`, value);
  else if (getPath(doc, `user.${key}`) !== value) setIfAbsent(doc, `user.target.${key}`, value);
}

function outcomeOf(doc: Doc, code: string, status: string | undefined): string | undefined {
  const keywords = getPath(doc, 'winlog.keywords');
  const list = Array.isArray(keywords) ? keywords : [keywords];
  if (list.includes('Audit Failure')) return 'failure';
  if (code === '4625' || code === '4771') return 'failure';
  if ((code === '4768' || code === '4769' || code === '4776') && status !== undefined) {
    return status === '0x0' ? 'success' : 'failure';
  }
  if (list.includes('Audit Success')) return 'success';
  return SECURITY_EVENTS[code] ? 'success' : undefined;
}
