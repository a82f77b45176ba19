import type { EventMeta } from './facts.js';
import { isoTimestamp } from './isoTimestamp.js';

/** `@timestamp` of a record from its meta (scenario start + sim time). */
export function timestampOf(meta: EventMeta): string {
  return isoTimestamp(meta.startMs + meta.simMs);
}
