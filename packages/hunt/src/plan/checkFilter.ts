import type { Expr, Span } from '../ast.js';
import { compareSpec, matchSpec } from './matchSpec.js';
import type { MatchSpec } from './matchSpec.js';
import type { Resolved, Stage } from './Stage.js';
import { requireField } from './unknownField.js';

/** A leaf of a filter with its resolved column and meaning. */
export interface FilterLeaf {
  readonly resolved: Resolved;
  readonly spec: MatchSpec;
}

/** The span of the field name at the start of a parsed node (the whole node if generated). */
function fieldSpan(e: { readonly field: string; readonly span: Span }): Span {
  if (e.span.end <= e.span.start) return e.span;
  return { start: e.span.start, end: Math.min(e.span.end, e.span.start + e.field.length) };
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
      requireField(stage, e.field, fieldSpan(e));
      return out;
    case 'match': {
      const resolved = requireField(stage, e.field, fieldSpan(e));
      const other = e.op === 'fieldref' ? requireField(stage, String(e.value), e.span) : undefined;
      out.set(e, { resolved, spec: matchSpec(e, resolved, other) });
      return out;
    }
    case 'compare': {
      const resolved = requireField(stage, e.field, fieldSpan(e));
      out.set(e, { resolved, spec: compareSpec(e, resolved) });
      return out;
    }
  }
}
