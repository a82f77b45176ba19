import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts } from './facts.js';
import { hostFields } from './hostFields.js';
import { isoOf } from '@kunren/domain';
import type { Obj } from './Obj.js';

/** What distinguishes one Sysmon event id in the common envelope. */
export interface SysmonKind {
  readonly code: string;
  readonly action: string;
  readonly category: readonly string[];
  readonly type: readonly string[];
  /** Event schema version (`winlog.version`). */
  readonly version: number;
}

/**
 * The parts every `windows.sysmon_operational` record has, as the Windows input and the
 * Sysmon pipeline write them. The Sysmon service runs as LocalSystem, so `winlog.user` and
 * `user.id` are `S-1-5-18` whatever account the process runs as (Elastic's own quirk).
 * `event_data` holds only what the pipeline leaves there (it moves the rest to ECS fields).
 */
export function sysmonEnvelope(
  meta: EventMeta,
  host: HostFacts,
  kind: SysmonKind,
  eventData: Obj | null,
): EcsEvent & { winlog: Obj } {
  const parts = hostFields(host);
  const winlog: Obj = {
    channel: 'Microsoft-Windows-Sysmon/Operational',
    event_id: kind.code,
    provider_name: 'Microsoft-Windows-Sysmon',
    provider_guid: '{5770385f-c22a-43e0-bf4c-06f5698ffbd9}',
    computer_name: parts.computerName,
    api: 'wineventlog',
    opcode: 'Info',
    version: kind.version,
    process: { pid: parts.sysmonPid, thread: { id: parts.sysmonThread } },
    user: {
      identifier: 'S-1-5-18',
      name: 'SYSTEM',
      domain: 'NT AUTHORITY',
      type: 'Well Known Group',
    },
  };
  if (meta.recordId !== undefined) winlog.record_id = String(meta.recordId);
  if (eventData) winlog.event_data = eventData;
  return {
    '@timestamp': isoOf(meta.startMs + meta.simMs),
    event: {
      id: meta.id,
      kind: 'event',
      module: 'windows',
      dataset: 'windows.sysmon_operational',
      provider: 'Microsoft-Windows-Sysmon',
      code: kind.code,
      action: kind.action,
      category: kind.category.slice(),
      type: kind.type.slice(),
    },
    host: parts.host,
    winlog,
    log: { level: 'information' },
    ecs: { version: '8.11.0' },
  };
}
