import type { Stage } from '@kunren/domain';
import { suggestion } from '../didYouMean.js';
import type { Finding } from '../Finding.js';
import { stageAncestors } from './stageAncestors.js';

/** Stage ids on a loop of `after` edges, each with the loop as text (`a → b → a`). */
function loops(stages: readonly Stage[], byId: ReadonlyMap<string, Stage>): Map<string, string> {
  const out = new Map<string, string>();
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    trail.push(id);
    for (const next of byId.get(id)?.after ?? []) {
      if (!byId.has(next)) continue;
      if (state.get(next) === 'open') {
        const cycle = trail.slice(trail.indexOf(next));
        const text = [...cycle, next].join(' → ');
        for (const c of cycle) if (!out.has(c)) out.set(c, text);
      } else if (state.get(next) === undefined) visit(next);
    }
    trail.pop();
    state.set(id, 'done');
  };
  for (const s of stages) if (state.get(s.id) === undefined) visit(s.id);
  return out;
}

/**
 * The campaign graph: `after` names known stages; every stage can start (no loop of
 * `after`, no dependence on two alternatives of one branch group, no dependence on a stage
 * that cannot start); branch groups have at least two alternatives; a target `sameAs` names
 * a stage that is done before this one.
 */
export function checkStageGraph(stages: readonly Stage[]): Finding[] {
  const out: Finding[] = [];
  const byId = new Map<string, Stage>();
  for (const s of stages) if (!byId.has(s.id)) byId.set(s.id, s);
  const ids = [...byId.keys()];
  const indexOf = new Map(stages.map((s, i) => [s, i]));
  const ancestors = stageAncestors(stages);
  const looped = loops(stages, byId);
  const groupOf = (id: string) => byId.get(id)?.branch?.group;

  /** Why a stage can never start: a finding, or undefined when it can. */
  const causes = new Map<string, Finding | null>();
  const cause = (s: Stage): Finding | null => {
    const known = causes.get(s.id);
    if (known !== undefined) return known;
    causes.set(s.id, null);
    const i = indexOf.get(s) ?? 0;
    const at = ['adversary', 'stages', i, 'after'];
    let found: Finding | null = null;
    const loop = looped.get(s.id);
    if (loop !== undefined) {
      found = {
        id: 'scenario.stage-cycle',
        path: at,
        message: `stage "${s.id}" can never start: its after chain loops (${loop}); remove one of these after entries`,
      };
    }
    for (const p of s.after ?? []) {
      const parent = byId.get(p);
      if (found || !parent || looped.has(s.id)) break;
      if (cause(parent)) {
        found = {
          id: 'scenario.unreachable-stage',
          path: at,
          message: `stage "${s.id}" can never start: it comes after "${p}", which can never start; fix "${p}" first`,
        };
      }
    }
    if (!found) {
      const seen = new Map<string, string>();
      for (const a of [s.id, ...(ancestors.get(s.id) ?? [])]) {
        const g = groupOf(a);
        if (g === undefined) continue;
        const other = seen.get(g);
        if (other !== undefined && other !== a) {
          const self = other === s.id || a === s.id;
          const alt = other === s.id ? a : other;
          found = {
            id: 'scenario.unreachable-stage',
            path: at,
            message: self
              ? `stage "${s.id}" can never start: it comes after "${alt}", its alternative in branch group "${g}", and only one of them runs; remove "${alt}" from its after or move it to another group`
              : `stage "${s.id}" can never start: it needs both "${other}" and "${a}", alternatives in branch group "${g}" of which only one runs; depend on a stage that follows either`,
          };
          break;
        }
        seen.set(g, a);
      }
    }
    causes.set(s.id, found);
    return found;
  };

  stages.forEach((s, i) => {
    (s.after ?? []).forEach((p, j) => {
      if (!byId.has(p)) {
        out.push({
          id: 'scenario.unknown-stage',
          path: ['adversary', 'stages', i, 'after', j],
          message: `unknown stage "${p}" in after of stage "${s.id}"${suggestion(p, ids, 'stages')}`,
        });
      }
    });
  });
  for (const s of byId.values()) {
    const f = cause(s);
    if (f) out.push(f);
  }

  const groups = new Map<string, number[]>();
  stages.forEach((s, i) => {
    if (s.branch) groups.set(s.branch.group, [...(groups.get(s.branch.group) ?? []), i]);
  });
  for (const [g, members] of groups) {
    if (members.length > 1) continue;
    const i = members[0] as number;
    out.push({
      id: 'scenario.single-branch',
      path: ['adversary', 'stages', i, 'branch', 'group'],
      message: `branch group "${g}" has only stage "${stages[i]?.id}"; add an alternative stage to the group or remove branch`,
    });
  }

  stages.forEach((s, i) => {
    const same = s.target.sameAs;
    if (same === undefined) return;
    const path = ['adversary', 'stages', i, 'target', 'sameAs'];
    if (!byId.has(same)) {
      out.push({
        id: 'scenario.unknown-stage',
        path,
        message: `unknown stage "${same}" in target.sameAs of stage "${s.id}"${suggestion(same, ids, 'stages')}`,
      });
    } else if (same !== s.id && !ancestors.get(s.id)?.has(same)) {
      out.push({
        id: 'scenario.stage-not-before',
        path,
        message: `stage "${s.id}" targets sameAs "${same}", which is not sure to run before it; add "${same}" to its after (directly or through another stage)`,
      });
    }
  });
  return out;
}
