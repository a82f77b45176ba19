import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, ProcessFacts } from './facts.js';
import { hashFields } from './hashFields.js';
import type { Obj } from './Obj.js';
import { relatedHashes } from './relatedHashes.js';
import { sysmonEnvelope, type SysmonKind } from './sysmonEnvelope.js';
import { sysmonUser } from './sysmonUser.js';

const KIND: SysmonKind = {
  code: '1',
  action: 'Process creation',
  category: ['process'],
  type: ['start'],
  version: 5,
};

/**
 * Sysmon 1: process creation, with the full process, its parent (entity id, pid, image,
 * command line), hashes and PE metadata. `process.args` is the Windows argv of the facts.
 */
export function sysmon1(meta: EventMeta, host: HostFacts, process: ProcessFacts): EcsEvent {
  const data: Obj = {
    LogonGuid: process.logonGuid ?? '{00000000-0000-0000-0000-000000000000}',
    LogonId: process.logonId,
    TerminalSessionId: String(process.sessionId ?? 0),
    IntegrityLevel: process.integrity,
  };
  const pe = process.pe;
  const peObj: Obj = {};
  if (pe) {
    if (pe.fileVersion !== undefined) data.FileVersion = peObj.file_version = pe.fileVersion;
    if (pe.description !== undefined) data.Description = peObj.description = pe.description;
    if (pe.product !== undefined) data.Product = peObj.product = pe.product;
    if (pe.company !== undefined) data.Company = peObj.company = pe.company;
    if (pe.originalFileName !== undefined) peObj.original_file_name = pe.originalFileName;
  }
  if (process.hashes.imphash !== undefined) peObj.imphash = process.hashes.imphash;
  const parent = process.parent;
  if (parent?.user) data.ParentUser = parent.user.domain + '\\' + parent.user.name;
  const ev = sysmonEnvelope(meta, host, KIND, data);
  const proc: Obj = {
    entity_id: process.entityId,
    pid: process.pid,
    executable: process.executable,
    name: process.name,
    command_line: process.commandLine,
    args: process.args.slice(),
    args_count: process.args.length,
    working_directory: process.workingDirectory,
    hash: hashFields(process.hashes),
    pe: peObj,
  };
  if (parent) {
    const pargs = parent.args;
    const p: Obj = {
      entity_id: parent.entityId,
      pid: parent.pid,
      executable: parent.executable,
      name: parent.name,
      command_line: parent.commandLine,
    };
    if (pargs !== undefined) {
      p.args = pargs.slice();
      p.args_count = pargs.length;
    }
    proc.parent = p;
  }
  ev.process = proc;
  ev.user = sysmonUser(process.user);
  ev.related = { hash: relatedHashes(process.hashes), user: [process.user.name] };
  return ev;
}
