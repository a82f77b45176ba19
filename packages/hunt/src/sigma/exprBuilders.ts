import type { Expr, Span } from '../ast.js';

/** The span of generated nodes. */
export const noSpan: Span = { start: 0, end: 0 };

/** AND of `items`, flattening nested ANDs; one item is itself. */
export function andOf(items: readonly Expr[], span: Span = noSpan): Expr {
  const flat = items.flatMap((e) => (e.kind === 'and' ? e.items : [e]));
  if (flat.length === 1 && flat[0]) return flat[0];
  if (flat.length === 0) return { kind: 'all', span };
  return { kind: 'and', items: flat, span };
}

/** OR of `items`, flattening nested ORs; one item is itself. */
export function orOf(items: readonly Expr[], span: Span = noSpan): Expr {
  const flat = items.flatMap((e) => (e.kind === 'or' ? e.items : [e]));
  if (flat.length === 1 && flat[0]) return flat[0];
  if (flat.length === 0) return { kind: 'not', expr: { kind: 'all', span }, span };
  return { kind: 'or', items: flat, span };
}

/** NOT of `expr`; a double negation cancels. */
export function notOf(expr: Expr, span: Span = noSpan): Expr {
  return expr.kind === 'not' ? expr.expr : { kind: 'not', expr, span };
}
