import { EcsFlat } from '@elastic/ecs';

let cache: readonly string[] | undefined;

/**
 * ECS objects that hold arrays of objects (`dns.answers`, `threat.enrichments`, …): every
 * leaf below one of them is a list, whatever the leaf's own type.
 */
export function ecsArrayParents(): readonly string[] {
  if (cache) return cache;
  const out: string[] = [];
  for (const [name, raw] of Object.entries(
    EcsFlat as Record<string, { type: string; normalize?: string[] }>,
  )) {
    if ((raw.type === 'object' || raw.type === 'nested') && raw.normalize?.includes('array')) {
      out.push(`${name}.`);
    }
  }
  cache = out;
  return out;
}

/** True when `field` lies below an ECS array of objects. */
export function isUnderEcsArray(field: string): boolean {
  return ecsArrayParents().some((p) => field.startsWith(p));
}
