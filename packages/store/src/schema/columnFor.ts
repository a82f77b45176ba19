import { ecsField } from '@kunren/domain/ecs';
import type { ColumnInfo } from '@kunren/hunt';
import type { LeafValue } from '@kunren/hunt';
import { isUnderEcsArray } from './ecsArrayParents.js';

/**
 * The column a field gets when it first appears: ECS fields are typed by ECS (`ecsField`),
 * ECS array fields and leaves below ECS arrays of objects are lists of strings; other fields
 * are typed by the JSON type of their first value (integer → long, other number → double,
 * boolean, string; an array → list of strings).
 */
export function columnFor(name: string, first: LeafValue): ColumnInfo {
  const ecs = ecsField(name);
  if (ecs) {
    if (ecs.array || isUnderEcsArray(name)) return { type: 'string', array: true };
    return { type: ecs.type, array: false };
  }
  if (isUnderEcsArray(name) || Array.isArray(first)) return { type: 'string', array: true };
  switch (typeof first) {
    case 'number':
      return { type: Number.isInteger(first) ? 'long' : 'double', array: false };
    case 'boolean':
      return { type: 'boolean', array: false };
    default:
      return { type: 'string', array: false };
  }
}
