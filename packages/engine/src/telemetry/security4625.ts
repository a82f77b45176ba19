import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, LogonFacts, LogonFailure, UserFacts } from './facts.js';
import { logonParties } from './logonParties.js';
import { logonTypeName } from './logonTypeName.js';
import type { Obj } from './Obj.js';
import { securityEnvelope, type SecurityKind } from './securityEnvelope.js';

const KIND: SecurityKind = {
  code: '4625',
  action: 'logon-failed',
  category: ['authentication'],
  type: ['start'],
  task: 'Logon',
  version: 0,
};

interface FailureCodes {
  readonly status: string;
  readonly subStatus: string;
  readonly reasonCode: string;
  readonly reason: string;
  readonly statusText: string;
  readonly subStatusText?: string;
}

const BAD_AUTH = 'This is either due to a bad username or authentication information.';

function codes(failure: LogonFailure): FailureCodes {
  switch (failure) {
    case 'bad-password':
      return {
        status: '0xc000006d',
        subStatus: '0xc000006a',
        reasonCode: '%%2313',
        reason: 'Unknown user name or bad password.',
        statusText: BAD_AUTH,
        subStatusText: 'User logon with misspelled or bad password',
      };
    case 'unknown-user':
      return {
        status: '0xc000006d',
        subStatus: '0xc0000064',
        reasonCode: '%%2313',
        reason: 'Unknown user name or bad password.',
        statusText: BAD_AUTH,
        subStatusText: 'User logon with misspelled or bad user account',
      };
    case 'account-disabled':
      return {
        status: '0xc000006e',
        subStatus: '0xc0000072',
        reasonCode: '%%2310',
        reason: 'Account currently disabled.',
        statusText:
          'Indicates a referenced user name and authentication information are valid, but some user account restriction has prevented successful authentication (such as time-of-day restrictions).',
        subStatusText: 'User logon to account disabled by administrator',
      };
    case 'account-locked':
      return {
        status: '0xc0000234',
        subStatus: '0x0',
        reasonCode: '%%2307',
        reason: 'Account locked out.',
        statusText:
          'The user account has been automatically locked because too many invalid logon attempts or password change attempts have been requested.',
      };
    default: {
      const never: never = failure;
      return never;
    }
  }
}

/** Windows Security 4625: an account failed to log on (`failure` gives Status/SubStatus). */
export function security4625(
  meta: EventMeta,
  host: HostFacts,
  user: UserFacts,
  logon: LogonFacts,
  failure: LogonFailure,
): EcsEvent {
  const c = codes(failure);
  const local = logon.type !== 3;
  const subjectName = local ? host.name.toUpperCase() + '$' : '-';
  const subjectLogonId = local ? '0x3e7' : '0x0';
  const data: Obj = {
    SubjectUserSid: local ? 'S-1-5-18' : 'S-1-0-0',
    SubjectUserName: subjectName,
    SubjectDomainName: local ? host.domain : '-',
    SubjectLogonId: subjectLogonId,
    TargetUserSid: 'S-1-0-0',
    TargetUserName: user.name,
    TargetDomainName: user.domain,
    Status: c.status,
    FailureReason: c.reasonCode,
    SubStatus: c.subStatus,
    LogonType: String(logon.type),
    LogonProcessName: logon.logonProcess,
    AuthenticationPackageName: logon.authPackage,
    TransmittedServices: '-',
    LmPackageName: '-',
    KeyLength: '0',
  };
  const ev = securityEnvelope(meta, host, KIND, false, data);
  const failureObj: Obj = { reason: c.reason, status: c.statusText };
  if (c.subStatusText !== undefined) failureObj.sub_status = c.subStatusText;
  ev.winlog.logon = { type: logonTypeName(logon.type), id: subjectLogonId, failure: failureObj };
  ev.user = { id: 'S-1-0-0', name: user.name, domain: user.domain };
  Object.assign(ev, logonParties(logon, user, subjectName));
  return ev;
}
