import { baseName } from './baseName.js';
import type { LogonFacts, UserFacts } from './facts.js';
import type { Obj } from './Obj.js';

/**
 * The ECS `source`, `process` and `related` of a logon event (4624, 4625), in that order:
 * where the logon came from, the process that asked for it, and the users and IP involved.
 */
export function logonParties(logon: LogonFacts, user: UserFacts, subjectName: string): Obj {
  const source: Obj = { domain: logon.sourceHost ?? '-' };
  const related: Obj = { user: subjectName === '-' ? [user.name] : [user.name, subjectName] };
  if (logon.sourceIp !== undefined) {
    source.ip = logon.sourceIp;
    source.port = logon.sourcePort ?? 0;
    related.ip = [logon.sourceIp];
  }
  const process = logon.process
    ? {
        pid: logon.process.pid,
        executable: logon.process.executable,
        name: baseName(logon.process.executable),
      }
    : { pid: 0, executable: '-', name: '-' };
  return { source, process, related };
}
