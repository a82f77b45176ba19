import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts } from './facts.js';
import { hostFields } from './hostFields.js';
import { isoOf } from '@kunren/domain';
import type { Obj } from './Obj.js';

/** What distinguishes one Security event code from another in the common envelope. */
export interface SecurityKind {
  readonly code: string;
  readonly action: string;
  readonly category: readonly string[];
  readonly type: readonly string[];
  /** `winlog.task` as the event log names it (`Logon`, `Process Creation`, …). */
  readonly task: string;
  /** Event schema version (`winlog.version`). */
  readonly version: number;
  /** The provider, when not the Security auditing provider (1102 comes from Eventlog). */
  readonly provider?: 'Microsoft-Windows-Eventlog';
}

const AUDITING_GUID = '{54849625-5478-4994-a5ba-3e3b0328c30d}';
const EVENTLOG_GUID = '{fc65ddd8-d6ef-4962-83d5-6e5cfe9ce148}';

/**
 * The parts every `windows.security` record has, as the Windows input and the Security
 * ingest pipeline write them: `@timestamp`, `event.*`, `host.*`, `winlog.*` (with the given
 * `event_data`), `log.level` and `ecs.version`. Callers add `user`, `source`, `process`, ….
 */
export function securityEnvelope(
  meta: EventMeta,
  host: HostFacts,
  kind: SecurityKind,
  success: boolean,
  eventData: Obj | null,
): EcsEvent & { winlog: Obj } {
  const parts = hostFields(host);
  const provider = kind.provider ?? 'Microsoft-Windows-Security-Auditing';
  const winlog: Obj = {
    channel: 'Security',
    event_id: kind.code,
    provider_name: provider,
    provider_guid: kind.provider ? EVENTLOG_GUID : AUDITING_GUID,
    computer_name: parts.computerName,
    api: 'wineventlog',
    keywords: [success ? 'Audit Success' : 'Audit Failure'],
    opcode: 'Info',
    task: kind.task,
    version: kind.version,
    process: { pid: parts.lsassPid, thread: { id: parts.lsassThread } },
  };
  if (meta.recordId !== undefined) winlog.record_id = String(meta.recordId);
  if (eventData) winlog.event_data = eventData;
  return {
    '@timestamp': isoOf(meta.startMs + meta.simMs),
    event: {
      id: meta.id,
      kind: 'event',
      module: 'windows',
      dataset: 'windows.security',
      provider,
      code: kind.code,
      action: kind.action,
      category: kind.category.slice(),
      type: kind.type.slice(),
      outcome: success ? 'success' : 'failure',
    },
    host: parts.host,
    winlog,
    log: { level: 'information' },
    ecs: { version: '8.11.0' },
  };
}
