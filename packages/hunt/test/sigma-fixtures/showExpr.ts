import type { Expr } from '../../src/ast.js';
import { compileRule, loadSigmaText } from '../../src/index.js';
import type { SigmaCompileOptions, SigmaCompileResult } from '../../src/index.js';

/** A compact, readable rendering of a filter expression for test tables. */
export function showExpr(e: Expr): string {
  switch (e.kind) {
    case 'all':
      return '*';
    case 'and':
      return `(${e.items.map(showExpr).join(' and ')})`;
    case 'or':
      return `(${e.items.map(showExpr).join(' or ')})`;
    case 'not':
      return `not ${showExpr(e.expr)}`;
    case 'match':
      return `${e.field} ${e.op}${e.caseSensitive && e.op !== 'regex' ? '(cased)' : ''}${
        e.flags ? `/${e.flags}` : ''
      } ${JSON.stringify(e.value)}`;
    case 'compare':
      return `${e.field} ${e.op} ${JSON.stringify(e.value)}`;
    case 'exists':
      return `exists(${e.field})`;
    case 'text':
      return `text(${JSON.stringify(e.value)})`;
    default: {
      const never: never = e;
      return never;
    }
  }
}

/** Indents every line of `text` by `n` spaces. */
export function indent(text: string, n: number): string {
  return text
    .split('\n')
    .map((l) => (l.trim() === '' ? l : ' '.repeat(n) + l))
    .join('\n');
}

/** A whole rule around a detection snippet (Windows Security logsource unless given). */
export function ruleText(
  detection: string,
  logsource = 'product: windows\nservice: security',
): string {
  return `title: snippet\nlogsource:\n${indent(logsource, 2)}\ndetection:\n${indent(detection, 2)}\n`;
}

/** Loads and compiles a one-rule text, failing the test if it does not load. */
export function compileText(text: string, options: SigmaCompileOptions = {}): SigmaCompileResult {
  const loaded = loadSigmaText(text);
  if (loaded.errors.length > 0) throw new Error(loaded.errors[0]?.message);
  const doc = loaded.documents[0];
  if (doc?.kind !== 'rule') throw new Error('not a detection rule');
  return compileRule(doc, options);
}

/**
 * The detection part of a compiled Windows Security snippet, rendered: the logsource's
 * `event.dataset` match is dropped from the top-level AND.
 */
export function showDetection(detection: string, options: SigmaCompileOptions = {}): string {
  const r = compileText(ruleText(detection), options);
  if (!r.ok) return `error ${r.id}: ${r.reason}`;
  const f = r.query.filter;
  if (f.kind !== 'and') throw new Error(`unexpected filter ${showExpr(f)}`);
  const [ls, ...rest] = f.items;
  if (!ls || showExpr(ls) !== 'event.dataset eq "windows.security"')
    throw new Error('no logsource');
  return rest.length === 1 && rest[0] ? showExpr(rest[0]) : `(${rest.map(showExpr).join(' and ')})`;
}
