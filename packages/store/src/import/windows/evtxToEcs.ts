import type { EcsEvent } from '@kunren/domain';
import { parseTimestamp } from '../../schema/parseTimestamp.js';
import type { Doc } from '../docPath.js';
import { RecordRejected } from '../Rejected.js';
import { normalizeWinlog } from './normalizeWinlog.js';
import { readEvtxRecord } from './readEvtxRecord.js';

const LEVELS: Readonly<Record<number, string>> = {
  0: 'information',
  1: 'critical',
  2: 'error',
  3: 'warning',
  4: 'information',
  5: 'verbose',
};

/**
 * Turns one EVTX-dumper record into an ECS document shaped like the Windows input's
 * (`winlog.*`, `event.*`, `host.name`, `log.level`) and maps it with `normalizeWinlog`.
 * Throws `RecordRejected` for records that are not Windows events.
 */
export function evtxToEcs(value: unknown): EcsEvent {
  const r = readEvtxRecord(value);
  const ms = parseTimestamp(r.timeCreated);
  if (ms === undefined)
    throw new RecordRejected(`TimeCreated ${JSON.stringify(r.timeCreated)} is not a time`);
  const keywords = auditKeywords(r.keywords);
  const winlog: Doc = {
    ...(r.channel !== undefined ? { channel: r.channel } : {}),
    event_id: r.eventId,
    ...(r.provider !== undefined ? { provider_name: r.provider } : {}),
    ...(r.providerGuid !== undefined ? { provider_guid: r.providerGuid } : {}),
    ...(r.computer !== undefined ? { computer_name: r.computer } : {}),
    ...(r.recordId !== undefined ? { record_id: r.recordId } : {}),
    ...(r.version !== undefined ? { version: r.version } : {}),
    ...(r.opcode === 0 ? { opcode: 'Info' } : {}),
    ...(keywords ? { keywords } : {}),
    ...(r.activityId !== undefined ? { activity_id: r.activityId } : {}),
    ...(r.processId !== undefined
      ? {
          process: {
            pid: r.processId,
            ...(r.threadId !== undefined ? { thread: { id: r.threadId } } : {}),
          },
        }
      : {}),
    ...(r.userSid !== undefined ? { user: { identifier: r.userSid } } : {}),
    ...(Object.keys(r.eventData).length > 0 ? { event_data: { ...r.eventData } } : {}),
    ...(r.userData ? { user_data: { ...r.userData } } : {}),
  };
  const doc: Doc = {
    '@timestamp': new Date(ms).toISOString(),
    event: { code: r.eventId, ...(r.provider !== undefined ? { provider: r.provider } : {}) },
    winlog,
    ...(r.computer !== undefined ? { host: { name: r.computer } } : {}),
    ...(r.level !== undefined && LEVELS[r.level]
      ? { log: { level: LEVELS[r.level] as string } }
      : {}),
  };
  return normalizeWinlog(doc) as EcsEvent;
}

function auditKeywords(hex: string | undefined): string[] | undefined {
  if (!hex || !/^0x[0-9a-f]+$/i.test(hex)) return undefined;
  const v = BigInt(hex);
  const out: string[] = [];
  if (v & 0x0020000000000000n) out.push('Audit Success');
  if (v & 0x0010000000000000n) out.push('Audit Failure');
  return out.length > 0 ? out : undefined;
}
