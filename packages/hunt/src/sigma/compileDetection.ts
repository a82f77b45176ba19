import type { Expr } from '../ast.js';
import type { ModifierOptions } from './applyModifiers.js';
import { compileItem } from './compileItem.js';
import type { FieldMapper } from './compileItem.js';
import { andOf, notOf, orOf } from './exprBuilders.js';
import { parseCondition } from './parseCondition.js';
import type { ConditionNode } from './parseCondition.js';
import { sigmaError } from './SigmaError.js';
import type { SigmaError, SourcePosition } from './SigmaError.js';
import type { SigmaConditionText, SigmaDetectionRule } from './SigmaRule.js';

/** Compiles a rule's detection (searches + condition) into one filter expression. */
export function compileDetection(
  detection: SigmaDetectionRule['detection'],
  mapper: FieldMapper,
  options: ModifierOptions,
): Expr | SigmaError {
  const compiled = new Map<string, Expr>();
  for (const [name, search] of detection.searches) {
    const alternatives: Expr[] = [];
    for (const items of search.alternatives) {
      const exprs: Expr[] = [];
      for (const item of items) {
        const e = compileItem(item, mapper, options);
        if ('fix' in e) return e;
        exprs.push(e);
      }
      alternatives.push(andOf(exprs));
    }
    compiled.set(name, orOf(alternatives));
  }
  const conditions: Expr[] = [];
  for (const text of detection.conditions) {
    const node = parseCondition(text);
    if ('fix' in node) return node;
    const e = conditionExpr(node, compiled, text);
    if ('fix' in e) return e;
    conditions.push(e);
  }
  return orOf(conditions);
}

function conditionExpr(
  node: ConditionNode,
  searches: ReadonlyMap<string, Expr>,
  text: SigmaConditionText,
): Expr | SigmaError {
  const at = (offset: number): SourcePosition =>
    text.text.includes('\n')
      ? text.position
      : { ...text.position, column: text.position.column + offset - text.offset, offset };
  const sub = (items: readonly ConditionNode[]): Expr[] | SigmaError => {
    const out: Expr[] = [];
    for (const item of items) {
      const e = conditionExpr(item, searches, text);
      if ('fix' in e) return e;
      out.push(e);
    }
    return out;
  };
  switch (node.kind) {
    case 'ref': {
      const e = searches.get(node.name);
      if (!e) {
        return sigmaError(
          'sigma.unknown-identifier',
          `the condition names "${node.name}", which is not a search identifier`,
          at(node.span.start),
          `define it under detection, or use one of: ${[...searches.keys()].join(', ')}`,
        );
      }
      return e;
    }
    case 'and': {
      const items = sub(node.items);
      return 'fix' in items ? items : andOf(items, node.span);
    }
    case 'or': {
      const items = sub(node.items);
      return 'fix' in items ? items : orOf(items, node.span);
    }
    case 'not': {
      const e = conditionExpr(node.expr, searches, text);
      return 'fix' in e ? e : notOf(e, node.span);
    }
    case 'of': {
      const re = new RegExp(
        `^${node.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
      );
      const names = [...searches.keys()].filter(
        (n) => re.test(n) && !(node.them && n.startsWith('_')),
      );
      if (names.length === 0) {
        return sigmaError(
          'sigma.unknown-identifier',
          `"${node.them ? 'them' : node.pattern}" matches no search identifier`,
          at(node.span.start),
          `use a pattern matching one of: ${[...searches.keys()].join(', ')}`,
        );
      }
      const exprs = names.map((n) => searches.get(n) as Expr);
      if (node.quantifier === 'all') return andOf(exprs, node.span);
      if (node.quantifier === 1) return orOf(exprs, node.span);
      if (node.quantifier > exprs.length) return orOf([], node.span);
      return orOf(
        combinations(exprs, node.quantifier).map((c) => andOf(c)),
        node.span,
      );
    }
    default: {
      const never: never = node;
      return never;
    }
  }
}

function combinations<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of combinations(items.slice(i + 1), k - 1)) out.push([item, ...rest]);
  });
  return out;
}
