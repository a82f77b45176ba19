import type { EcsEvent } from '@kunren/domain';
import { ecsField } from '@kunren/domain/ecs';
import type { FieldType } from '@kunren/domain/ecs';
import type { ColumnInfo } from '../CompileContext.js';
import { INTERNAL_COLUMNS } from '../catalogue/FieldCatalogue.js';
import { flattenEvent } from './flattenEvent.js';

/**
 * The columns a set of events needs: for ECS fields the ECS type (a list when ECS says
 * so or the data has lists); for other fields the type of their values (`long` when
 * every number is whole, `double` otherwise, `boolean`, else `string`).
 */
export function inferColumns(events: Iterable<EcsEvent>): Map<string, ColumnInfo> {
  const seen = new Map<string, { types: Set<string>; array: boolean; whole: boolean }>();
  for (const ev of events) {
    for (const [k, v] of Object.entries(flattenEvent(ev))) {
      if (INTERNAL_COLUMNS.has(k)) continue;
      let s = seen.get(k);
      if (!s) seen.set(k, (s = { types: new Set(), array: false, whole: true }));
      for (const x of Array.isArray(v) ? v : [v]) {
        if (x === null) continue;
        s.types.add(typeof x);
        if (typeof x === 'number' && !Number.isInteger(x)) s.whole = false;
      }
      if (Array.isArray(v)) s.array = true;
    }
  }
  const out = new Map<string, ColumnInfo>();
  for (const [name, s] of seen) {
    const ecs = ecsField(name);
    if (ecs) {
      out.set(name, { type: ecs.type, array: ecs.array || s.array });
      continue;
    }
    let type: FieldType = 'string';
    if (s.types.size === 1 && s.types.has('number')) type = s.whole ? 'long' : 'double';
    else if (s.types.size === 1 && s.types.has('boolean')) type = 'boolean';
    out.set(name, { type, array: s.array });
  }
  out.set('@timestamp', { type: 'timestamp', array: false });
  return out;
}
