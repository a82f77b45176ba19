import type { ProcessRef } from './facts.js';
import type { Obj } from './Obj.js';

/** The short `process` object of Sysmon events other than 1: entity id, pid, image, name. */
export function sysmonProcess(p: ProcessRef): Obj {
  return { entity_id: p.entityId, pid: p.pid, executable: p.executable, name: p.name };
}
