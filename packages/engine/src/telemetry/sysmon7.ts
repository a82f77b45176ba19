import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, FileFacts, HostFacts, ProcessFacts } from './facts.js';

/** Sysmon 7: image loaded (a DLL into `process`). */
export function sysmon7(
  meta: EventMeta,
  host: HostFacts,
  process: ProcessFacts,
  image: FileFacts,
  signed: boolean,
  signature: string,
): EcsEvent {
  throw new Error('telemetry.sysmon7: not implemented yet');
}
