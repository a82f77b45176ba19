import type { EcsEvent, JsonValue } from '@kunren/domain';
import { parseTimestamp } from '../../schema/parseTimestamp.js';
import { appendUnique, getPath, isBlank, setIfAbsent, setPath, type Doc } from '../docPath.js';
import { RecordRejected } from '../Rejected.js';
import { mapZeekFields } from './mapZeekFields.js';
import { zeekDataset } from './zeekLogType.js';

/** Zeek fields every log shares, mapped here rather than kept under `zeek.<log>`. */
const COMMON = new Set([
  'ts',
  'uid',
  'id.orig_h',
  'id.orig_p',
  'id.resp_h',
  'id.resp_p',
  '_path',
  '_write_ts',
]);

/**
 * Maps one Zeek record (from a JSON or TSV log) to ECS as Elastic's Zeek integration does:
 * `@timestamp` from `ts`, `zeek.session_id`/`event.id` from `uid`, `source.*`/
 * `destination.*` from the connection id, the log's own fields under `zeek.<dataset>`, then
 * the per-log ECS fields (`mapZeekFields`). `event.dataset` is `zeek.connection`, `zeek.dns`, ….
 */
export function zeekToEcs(log: string, record: Readonly<Record<string, JsonValue>>): EcsEvent {
  const ts = record['ts'];
  const ms = typeof ts === 'number' ? Math.round(ts * 1000) : parseTimestamp(ts);
  if (ms === undefined || !Number.isFinite(ms)) {
    throw new RecordRejected(`Zeek record without a valid ts (${JSON.stringify(ts ?? null)})`);
  }
  const dataset = zeekDataset(log);
  const ns = dataset.slice('zeek.'.length);
  const own: Doc = {};
  for (const [k, v] of Object.entries(record)) if (!COMMON.has(k)) own[k] = v;
  const doc: Doc = {
    '@timestamp': new Date(ms).toISOString(),
    event: { kind: 'event', module: 'zeek', dataset },
    zeek: { [ns]: own },
  };
  const uid = record['uid'];
  if (typeof uid === 'string' && uid !== '') {
    setPath(doc, 'zeek.session_id', uid);
    setPath(doc, 'event.id', uid);
  }
  const src = record['id.orig_h'];
  const dst = record['id.resp_h'];
  if (!isBlank(src)) {
    setPath(doc, 'source.address', src as JsonValue);
    setPath(doc, 'source.ip', src as JsonValue);
  }
  setIfAbsent(doc, 'source.port', record['id.orig_p']);
  if (!isBlank(dst)) {
    setPath(doc, 'destination.address', dst as JsonValue);
    setPath(doc, 'destination.ip', dst as JsonValue);
  }
  setIfAbsent(doc, 'destination.port', record['id.resp_p']);
  mapZeekFields(log, doc, own);
  appendUnique(doc, 'related.ip', getPath(doc, 'source.ip') as string | undefined);
  appendUnique(doc, 'related.ip', getPath(doc, 'destination.ip') as string | undefined);
  return doc as EcsEvent;
}
