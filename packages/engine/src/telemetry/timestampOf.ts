import type { EventMeta } from './facts.js';
import { isoOf } from '@kunren/domain';

/** `@timestamp` of a record from its meta (scenario start + sim time). */
export function timestampOf(meta: EventMeta): string {
  return isoOf(meta.startMs + meta.simMs);
}
