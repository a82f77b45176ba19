import type { IntegrityLevel, ProcessFacts, ProcessRef, UserFacts } from '../telemetry/index.js';
import { imageFacts } from '../catalog/imageFacts.js';
import { hex8, mix32 } from '../rng/hashString.js';
import type { HostModel } from './HostModel.js';
import { splitArgs } from './splitArgs.js';

/** What it takes to describe a new process. */
export interface ProcessSpec {
  readonly host: HostModel;
  readonly pid: number;
  /** A per-host counter value that makes the entity id unique. */
  readonly serial: number;
  readonly executable: string;
  readonly commandLine: string;
  readonly user: UserFacts;
  readonly logonId: string;
  readonly integrity: IntegrityLevel;
  readonly parent?: ProcessRef;
  readonly sha256?: string;
  readonly workingDirectory?: string;
  readonly sessionId?: number;
}

/** A Sysmon-style process GUID unique per (host, serial). */
export function processGuid(host: HostModel, serial: number): string {
  const a = mix32(host.seed ^ mix32(serial));
  const b = mix32(a + serial);
  const c = mix32(b ^ 0x5bd1e995);
  return `{${host.guidPrefix}-${hex8(a).slice(0, 4)}-${hex8(a).slice(4)}-${hex8(b).slice(0, 4)}-${hex8(b).slice(4)}${hex8(c)}}`;
}

/** The parent reference a child record carries (the parent's identity, not its details). */
export function refOf(p: ProcessRef): ProcessRef {
  return {
    pid: p.pid,
    entityId: p.entityId,
    executable: p.executable,
    name: p.name,
    commandLine: p.commandLine,
    ...(p.args ? { args: p.args } : {}),
  };
}

/** Builds the full facts of a process (image hashes and PE facts from the catalogue). */
export function makeProcess(s: ProcessSpec): ProcessFacts {
  const img = imageFacts(s.executable, s.sha256);
  const dir = s.executable.slice(0, Math.max(0, s.executable.lastIndexOf('\\') + 1));
  return {
    pid: s.pid,
    entityId: processGuid(s.host, s.serial),
    executable: s.executable,
    name: img.name,
    commandLine: s.commandLine,
    args: splitArgs(s.commandLine),
    workingDirectory: s.workingDirectory ?? (dir || 'C:\\Windows\\system32\\'),
    hashes: img.hashes,
    integrity: s.integrity,
    user: s.user,
    logonId: s.logonId,
    ...(s.sessionId !== undefined ? { sessionId: s.sessionId } : {}),
    ...(s.parent ? { parent: refOf(s.parent) } : {}),
    ...(img.pe ? { pe: img.pe } : {}),
  };
}
