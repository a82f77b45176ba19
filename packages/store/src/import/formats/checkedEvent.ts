import type { EcsEvent } from '@kunren/domain';
import { parseTimestamp } from '../../schema/parseTimestamp.js';
import { RecordRejected } from '../Rejected.js';

/**
 * Accepts a parsed JSON value as an ECS event: an object (an Elasticsearch hit's `_source`
 * is unwrapped) with a valid `@timestamp`, normalised to ISO 8601 UTC with milliseconds.
 */
export function checkedEvent(value: unknown): EcsEvent {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RecordRejected('not a JSON object');
  }
  let doc = value as Record<string, unknown>;
  const src = doc['_source'];
  if (src && typeof src === 'object' && !Array.isArray(src)) doc = src as Record<string, unknown>;
  const ts = doc['@timestamp'];
  if (ts === undefined) throw new RecordRejected('no @timestamp');
  const ms = parseTimestamp(ts);
  if (ms === undefined)
    throw new RecordRejected(`@timestamp ${JSON.stringify(ts)} is not an ISO 8601 time`);
  return { ...doc, '@timestamp': new Date(ms).toISOString() } as EcsEvent;
}
