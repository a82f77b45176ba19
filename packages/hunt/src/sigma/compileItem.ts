import { ecsField } from '@kunren/domain/ecs';
import type { Expr, Span } from '../ast.js';
import { applyModifiers } from './applyModifiers.js';
import type { ModifierOptions } from './applyModifiers.js';
import { andOf, notOf, orOf } from './exprBuilders.js';
import type { MappedField } from './mapping/mapField.js';
import { sigmaError } from './SigmaError.js';
import type { SigmaError } from './SigmaError.js';
import type { SigmaDetectionItem } from './SigmaRule.js';
import { classifyString, hasSpecial, plainText } from './sigmaString.js';
import type { SigmaWork } from './SigmaWork.js';

/** Translates Sigma field names to ECS for one rule (undefined: cannot be mapped). */
export type FieldMapper = (name: string) => MappedField | undefined;

/** Compiles one detection item (`Field|mods: values`, or keywords) to a filter expression. */
export function compileItem(
  item: SigmaDetectionItem,
  mapper: FieldMapper,
  options: ModifierOptions,
): Expr | SigmaError {
  const work = applyModifiers(item, options);
  if ('fix' in work) return work;
  const span = item.span;
  const parts: Expr[] = [];
  if (item.field === undefined) {
    if (work.cased)
      return unsupported(item, 'the `cased` modifier on keywords', 'match a field instead');
    for (const value of work.values) {
      const e = keywordExpr(value, item, span);
      if ('fix' in e) return e;
      parts.push(e);
    }
  } else {
    const mapped = mapper(item.field);
    if (!mapped) {
      return sigmaError(
        'sigma.unmapped-field',
        `field "${item.field}" has no ECS mapping for this logsource`,
        item.position,
        'use the Sigma taxonomy name or an ECS field name, or add the field to the mapping tables (docs/sigma.md)',
      );
    }
    for (const value of work.values) {
      const perField: Expr[] = [];
      for (const field of mapped.fields) {
        const e = valueExpr(value, field, work.cased, mapped.values, item, span, mapper);
        if ('fix' in e) return e;
        perField.push(e);
      }
      parts.push(orOf(perField, span));
    }
  }
  const linked = work.all ? andOf(parts, span) : orOf(parts, span);
  return work.negate ? notOf(linked, span) : linked;
}

function valueExpr(
  work: SigmaWork,
  field: string,
  cased: boolean,
  valueMap: Readonly<Record<string, string>> | undefined,
  item: SigmaDetectionItem,
  span: Span,
  mapper: FieldMapper,
): Expr | SigmaError {
  const type =
    ecsField(field)?.type ?? (field.startsWith('winlog.event_data.') ? 'string' : undefined);
  const match = (
    op: Extract<Expr, { kind: 'match' }>['op'],
    value: string | number | boolean,
  ): Expr => ({
    kind: 'match',
    field,
    op,
    value,
    caseSensitive: cased,
    span,
  });
  const typed = (text: string): string | number | boolean => {
    const mapped = valueMap?.[text.toLowerCase()];
    if (mapped !== undefined) return mapped;
    if ((type === 'long' || type === 'double') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    if (type === 'boolean' && /^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
    return text;
  };
  switch (work.kind) {
    case 'string': {
      const m = classifyString(work.parts);
      return m.op === 'eq' ? match('eq', typed(m.value)) : match(m.op, m.value);
    }
    case 'number':
      if (valueMap || type === 'string' || type === 'timestamp')
        return match('eq', typed(work.written));
      return match('eq', work.value);
    case 'boolean':
      if (valueMap || type === 'string') return match('eq', typed(String(work.value)));
      return match('eq', work.value);
    case 'null':
      return notOf({ kind: 'exists', field, span }, span);
    case 'regex':
      return {
        kind: 'match',
        field,
        op: 'regex',
        value: work.pattern,
        caseSensitive: !work.flags.includes('i'),
        ...(work.flags ? { flags: work.flags } : {}),
        span,
      };
    case 'cidr':
      return match('cidr', work.value);
    case 'fieldref':
      if (work.startswith || work.endswith) {
        return unsupported(
          item,
          '`fieldref` combined with contains/startswith/endswith',
          'compare the fields for equality',
        );
      }
      {
        const other = mapper(work.field);
        if (!other) {
          return sigmaError(
            'sigma.unmapped-field',
            `referenced field "${work.field}" has no ECS mapping for this logsource`,
            item.position,
            'reference a Sigma taxonomy or ECS field name',
          );
        }
        return orOf(
          other.fields.map((f) => match('fieldref', f)),
          span,
        );
      }
    case 'compare':
      return { kind: 'compare', field, op: work.op, value: work.value, span };
    case 'exists':
      return work.value
        ? { kind: 'exists', field, span }
        : notOf({ kind: 'exists', field, span }, span);
    case 'expansion': {
      const items: Expr[] = [];
      for (const w of work.items) {
        const e = valueExpr(w, field, cased, valueMap, item, span, mapper);
        if ('fix' in e) return e;
        items.push(e);
      }
      return orOf(items, span);
    }
    default: {
      const never: never = work;
      return never;
    }
  }
}

function keywordExpr(work: SigmaWork, item: SigmaDetectionItem, span: Span): Expr | SigmaError {
  switch (work.kind) {
    case 'string': {
      const lead = work.parts[0]?.kind === 'any' ? 1 : 0;
      const trail =
        work.parts.length > lead && work.parts[work.parts.length - 1]?.kind === 'any' ? 1 : 0;
      const inner = work.parts.slice(lead, work.parts.length - trail);
      if (hasSpecial(inner)) {
        return unsupported(
          item,
          'a keyword with a wildcard inside',
          'split it into several keywords linked with `|all`, or match a field',
        );
      }
      return { kind: 'text', value: plainText(inner), span };
    }
    case 'number':
      return { kind: 'text', value: work.written, span };
    case 'boolean':
      return { kind: 'text', value: String(work.value), span };
    case 'expansion': {
      const items: Expr[] = [];
      for (const w of work.items) {
        const e = keywordExpr(w, item, span);
        if ('fix' in e) return e;
        items.push(e);
      }
      return orOf(items, span);
    }
    case 'null':
    case 'regex':
    case 'cidr':
    case 'fieldref':
    case 'compare':
    case 'exists':
      return unsupported(
        item,
        `a ${work.kind} keyword (no field)`,
        'name the field the value is in',
      );
    default: {
      const never: never = work;
      return never;
    }
  }
}

function unsupported(item: SigmaDetectionItem, what: string, fix: string): SigmaError {
  return sigmaError('sigma.unsupported-value', `${what} is not supported`, item.position, fix);
}
