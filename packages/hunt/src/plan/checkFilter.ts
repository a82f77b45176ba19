import type { Expr } from '../ast.js';
import { compareSpec, matchSpec } from './matchSpec.js';
import type { MatchSpec } from './matchSpec.js';
import type { Resolved, Stage } from './Stage.js';
import { requireField } from './unknownField.js';

/** A leaf of a filter with its resolved column and meaning. */
export interface FilterLeaf {
  readonly resolved: Resolved;
  readonly spec: MatchSpec;
}

/**
 * Checks a filter expression in a stage: every field known, every value fitting its
 * field's type, every regex and CIDR valid. Returns the meaning of each match/compare
 * node (keyed by node identity) for the compilers.
 */
export function checkFilter(
  e: Expr,
  stage: Stage,
  out: Map<Expr, FilterLeaf> = new Map(),
): Map<Expr, FilterLeaf> {
  switch (e.kind) {
    case 'all':
    case 'text':
      return out;
    case 'and':
    case 'or':
      for (const i of e.items) checkFilter(i, stage, out);
      return out;
    case 'not':
      return checkFilter(e.expr, stage, out);
    case 'exists':
      requireField(stage, e.field, e.span);
      return out;
    case 'match': {
      const resolved = requireField(stage, e.field, e.span);
      const other = e.op === 'fieldref' ? requireField(stage, String(e.value), e.span) : undefined;
      out.set(e, { resolved, spec: matchSpec(e, resolved, other) });
      return out;
    }
    case 'compare': {
      const resolved = requireField(stage, e.field, e.span);
      out.set(e, { resolved, spec: compareSpec(e, resolved) });
      return out;
    }
  }
}
