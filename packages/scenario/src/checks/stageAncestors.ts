import type { Stage } from '@kunren/domain';

/**
 * For every stage id, the stages that must all be done before it starts: the transitive
 * closure of `after` (unknown ids skipped; loops cut, the loop check reports them).
 */
export function stageAncestors(stages: readonly Stage[]): Map<string, ReadonlySet<string>> {
  const byId = new Map<string, Stage>();
  for (const s of stages) if (!byId.has(s.id)) byId.set(s.id, s);
  const memo = new Map<string, Set<string>>();
  const visiting = new Set<string>();
  const visit = (id: string): Set<string> => {
    const done = memo.get(id);
    if (done) return done;
    const out = new Set<string>();
    if (visiting.has(id)) return out;
    visiting.add(id);
    for (const parent of byId.get(id)?.after ?? []) {
      if (!byId.has(parent) || parent === id) continue;
      out.add(parent);
      for (const a of visit(parent)) if (a !== id) out.add(a);
    }
    visiting.delete(id);
    memo.set(id, out);
    return out;
  };
  for (const id of byId.keys()) visit(id);
  return memo;
}
