import type { Expr, Span } from '../ast.js';
import { HuntError } from '../HuntError.js';
import { SafeRegex } from '../regex/SafeRegex.js';
import type { Cidr } from '../text/cidr.js';
import { parseCidr } from '../text/cidr.js';
import { globEscape } from '../text/glob.js';
import { parseIsoMs } from '../text/isoTime.js';
import type { Resolved } from './Stage.js';

/**
 * What a `match` or `compare` node means for one resolved column, after type coercion.
 * The SQL compiler and the JS interpreter both act on this, so they agree.
 */
export type MatchSpec =
  | { readonly k: 'never' }
  /** Text equality; `value` is lower-cased unless `cs`. `asText`: the column is a long shown as text. */
  | { readonly k: 'str-eq'; readonly value: string; readonly cs: boolean; readonly asText: boolean }
  /** Whole-value glob. */
  | {
      readonly k: 'str-like';
      readonly glob: string;
      readonly cs: boolean;
      readonly asText: boolean;
    }
  /** Unanchored regex (RE2 syntax) with its flags (`i`, `m`, `s`). */
  | {
      readonly k: 'regex';
      readonly regex: SafeRegex;
      readonly pattern: string;
      readonly flags: string;
      readonly asText: boolean;
    }
  | { readonly k: 'cidr'; readonly cidr: Cidr }
  | { readonly k: 'num-eq'; readonly value: number }
  | { readonly k: 'bool-eq'; readonly value: boolean }
  | { readonly k: 'ts-eq'; readonly ms: number }
  | { readonly k: 'field-eq'; readonly other: Resolved; readonly cs: boolean }
  | { readonly k: 'num-cmp'; readonly op: CmpOp; readonly value: number }
  | { readonly k: 'str-cmp'; readonly op: CmpOp; readonly value: string }
  | { readonly k: 'ts-cmp'; readonly op: CmpOp; readonly ms: number };

/** A range operator. */
export type CmpOp = '<' | '<=' | '>' | '>=';

function typeError(field: string, what: string, span: Span, hint?: string): never {
  throw new HuntError('hunt.type', `${field} is ${what}`, span, hint);
}

function numberOf(v: string | number | boolean): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$/.test(v)) return Number(v);
  return undefined;
}

/** The spec of a `match` node on a resolved field; throws `hunt.type`/`hunt.regex`/`hunt.cidr`. */
export function matchSpec(
  e: Extract<Expr, { kind: 'match' }>,
  r: Resolved,
  other?: Resolved,
): MatchSpec {
  const { type } = r.column;
  const cs = e.caseSensitive;
  const str = String(e.value);
  const fold = (s: string): string => (cs ? s : s.toLowerCase());
  if (e.op === 'fieldref') {
    if (!other) return { k: 'never' };
    if (other.column.type !== type)
      typeError(e.field, `${type} but ${str} is ${other.column.type}`, e.span);
    return { k: 'field-eq', other, cs };
  }
  if (type === 'double' || type === 'long') {
    const n = numberOf(e.value);
    if (e.op === 'eq' && n !== undefined) return { k: 'num-eq', value: n };
    if (type === 'double' || e.op === 'eq' || e.op === 'cidr') {
      typeError(
        e.field,
        `a number, not ${JSON.stringify(e.value)}`,
        e.span,
        `compare numbers: ${e.field}:42 or ${e.field} >= 1000`,
      );
    }
  } else if (type === 'boolean') {
    if (e.op === 'eq' && (typeof e.value === 'boolean' || /^(true|false)$/i.test(str))) {
      return {
        k: 'bool-eq',
        value: typeof e.value === 'boolean' ? e.value : str.toLowerCase() === 'true',
      };
    }
    typeError(
      e.field,
      `true/false, not ${JSON.stringify(e.value)}`,
      e.span,
      `write ${e.field}:true`,
    );
  } else if (type === 'timestamp') {
    const ms = e.op === 'eq' && typeof e.value === 'string' ? parseIsoMs(e.value) : undefined;
    if (ms !== undefined) return { k: 'ts-eq', ms };
    typeError(
      e.field,
      `a time; match it with an ISO 8601 time or a range`,
      e.span,
      `write ${e.field} >= "2026-03-09T10:00:00Z"`,
    );
  }
  const asText = type === 'long';
  switch (e.op) {
    case 'eq':
      return { k: 'str-eq', value: fold(str), cs, asText };
    case 'wildcard':
      return { k: 'str-like', glob: fold(str), cs, asText };
    case 'contains':
      return { k: 'str-like', glob: `*${globEscape(fold(str))}*`, cs, asText };
    case 'startswith':
      return { k: 'str-like', glob: `${globEscape(fold(str))}*`, cs, asText };
    case 'endswith':
      return { k: 'str-like', glob: `*${globEscape(fold(str))}`, cs, asText };
    case 'regex': {
      const flags = [...new Set(`${e.flags ?? ''}${cs ? '' : 'i'}`)].sort().join('');
      const regex = new SafeRegex(str, flags, e.span);
      return { k: 'regex', regex, pattern: str, flags, asText };
    }
    case 'cidr': {
      if (r.info?.ecsType !== undefined && r.info.ecsType !== 'ip') {
        typeError(
          e.field,
          `not an IP field (ECS type ${r.info.ecsType})`,
          e.span,
          `quote the value to match text: ${e.field}:"${str}"`,
        );
      }
      return { k: 'cidr', cidr: parseCidr(str, e.span) };
    }
  }
}

/** The spec of a `compare` node on a resolved field. */
export function compareSpec(e: Extract<Expr, { kind: 'compare' }>, r: Resolved): MatchSpec {
  const { type } = r.column;
  if (type === 'long' || type === 'double') {
    const n = numberOf(e.value);
    if (n === undefined)
      typeError(
        e.field,
        `a number, not ${JSON.stringify(e.value)}`,
        e.span,
        `write ${e.field} ${e.op} 1000`,
      );
    return { k: 'num-cmp', op: e.op, value: n };
  }
  if (type === 'timestamp') {
    const ms = typeof e.value === 'string' ? parseIsoMs(e.value) : undefined;
    if (ms === undefined) {
      throw new HuntError(
        'hunt.date',
        `${JSON.stringify(e.value)} is not an ISO 8601 time`,
        e.span,
        `write ${e.field} ${e.op} "2026-03-09T10:00:00Z"`,
      );
    }
    return { k: 'ts-cmp', op: e.op, ms };
  }
  if (type === 'boolean')
    typeError(e.field, 'true/false and has no order', e.span, `write ${e.field}:true`);
  return { k: 'str-cmp', op: e.op, value: String(e.value) };
}
