import { base64OfBytes, base64Offsets, utf16be, utf16le, utf8Bytes } from './encodings.js';
import { sigmaError } from './SigmaError.js';
import type { SigmaError } from './SigmaError.js';
import type { SigmaDetectionItem, SigmaValue } from './SigmaRule.js';
import { hasSpecial, normalizeParts, parseSigmaString, plainText } from './sigmaString.js';
import type { SigmaStringPart } from './sigmaString.js';
import type { SigmaWork, SigmaWorkItem } from './SigmaWork.js';
import { windashVariants } from './windash.js';
import { expandPlaceholders } from './expandPlaceholders.js';
import { isCidr } from './isCidr.js';

/** The value modifiers kunren supports (the Sigma specification's appendix, v2.1). */
export const supportedModifiers = [
  'contains',
  'startswith',
  'endswith',
  'all',
  'base64',
  'base64offset',
  'wide',
  'utf16le',
  'utf16be',
  'utf16',
  'windash',
  're',
  'i',
  'ignorecase',
  'm',
  'multiline',
  's',
  'dotall',
  'cidr',
  'exists',
  'fieldref',
  'lt',
  'lte',
  'gt',
  'gte',
  'neq',
  'cased',
  'expand',
] as const;

const timeModifiers = ['minute', 'hour', 'day', 'week', 'month', 'year'];

/** Options of value processing. */
export interface ModifierOptions {
  /** Values for `expand` placeholders (`%Servers%` → list). Unknown placeholders fail the rule. */
  readonly placeholders?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Applies an item's modifiers, in the order written, to each of its values. Fails with the
 * position of the item for an unknown or unsupported modifier or a value it cannot take.
 */
export function applyModifiers(
  item: SigmaDetectionItem,
  options: ModifierOptions = {},
): SigmaWorkItem | SigmaError {
  let all = false;
  let cased = false;
  let negate = false;
  for (const mod of item.modifiers) {
    if (mod === 'all') all = true;
    else if (mod === 'cased') cased = true;
    else if (mod === 'neq') negate = true;
    else if (timeModifiers.includes(mod)) {
      return sigmaError(
        'sigma.unsupported-modifier',
        `the time modifier "${mod}" is not supported`,
        item.position,
        'compare @timestamp in a hunt query instead (`| eval h = strftime(...)`)',
      );
    } else if (!(supportedModifiers as readonly string[]).includes(mod)) {
      return sigmaError(
        'sigma.unknown-modifier',
        `unknown value modifier "${mod}"`,
        item.position,
        `use one of: ${supportedModifiers.join(', ')}`,
      );
    }
  }
  if (all && item.values.length === 1 && item.field !== undefined) {
    // pySigma rejects this; kunren treats it as the single value (AND of one is the value).
    all = false;
  }
  const values: SigmaWork[] = [];
  for (const value of item.values) {
    let work: SigmaWork = initial(value);
    const applied: string[] = [];
    for (const mod of item.modifiers) {
      if (mod === 'all' || mod === 'neq') continue;
      const next = applyOne(mod, work, applied, item, value, options);
      if ('fix' in next) return next;
      work = next;
      applied.push(mod);
    }
    if (work.kind === 'string' && work.parts.some((p) => p.kind === 'placeholder')) {
      return sigmaError(
        'sigma.placeholder',
        'placeholder values need the `expand` modifier and a value list',
        value.position,
        'pass the placeholder values (e.g. %Servers%) to the compiler, or drop the rule',
      );
    }
    values.push(work);
  }
  return { values, all, cased, negate };
}

function initial(value: SigmaValue): SigmaWork {
  const v = value.value;
  if (v === null) return { kind: 'null' };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (typeof v === 'number') return { kind: 'number', value: v, written: String(v) };
  return { kind: 'string', parts: parseSigmaString(v), binary: false, bom: false };
}

/** Numbers and booleans become strings when a string modifier meets them. */
function asString(work: SigmaWork): SigmaWork {
  if (work.kind === 'number')
    return { kind: 'string', parts: parseSigmaString(work.written), binary: false, bom: false };
  if (work.kind === 'boolean')
    return {
      kind: 'string',
      parts: [{ kind: 'text', text: String(work.value) }],
      binary: false,
      bom: false,
    };
  return work;
}

function applyOne(
  mod: string,
  input: SigmaWork,
  applied: readonly string[],
  item: SigmaDetectionItem,
  original: SigmaValue,
  options: ModifierOptions,
): SigmaWork | SigmaError {
  if (input.kind === 'expansion') {
    const items: SigmaWork[] = [];
    for (const w of input.items) {
      const r = applyOne(mod, w, applied, item, original, options);
      if ('fix' in r) return r;
      if (r.kind === 'expansion') items.push(...r.items);
      else items.push(r);
    }
    return { kind: 'expansion', items };
  }
  const bad = (message: string, fix: string): SigmaError =>
    sigmaError('sigma.modifier-value', message, item.position, fix);
  const work = ['exists', 'lt', 'lte', 'gt', 'gte', 'cased'].includes(mod)
    ? input
    : asString(input);
  switch (mod) {
    case 'contains':
    case 'startswith':
    case 'endswith': {
      const lead = mod !== 'startswith';
      const trail = mod !== 'endswith';
      if (work.kind === 'string') {
        const parts = [...work.parts];
        if (lead && parts[0]?.kind !== 'any') parts.unshift({ kind: 'any' });
        if (trail && parts[parts.length - 1]?.kind !== 'any') parts.push({ kind: 'any' });
        return { ...work, parts };
      }
      if (work.kind === 'regex') {
        let p = /(^|[^\\])\|/.test(work.pattern) ? `(?:${work.pattern})` : work.pattern;
        if (lead && !p.startsWith('^') && !p.startsWith('.*')) p = `.*${p}`;
        if (trail && !p.endsWith('$') && !p.endsWith('.*')) p = `${p}.*`;
        return { ...work, pattern: p };
      }
      if (work.kind === 'fieldref') {
        return { ...work, startswith: work.startswith || trail, endswith: work.endswith || lead };
      }
      return bad(`"${mod}" cannot apply to a ${work.kind} value`, `remove "${mod}"`);
    }
    case 'base64':
    case 'base64offset': {
      if (work.kind !== 'string') return bad(`"${mod}" needs a string value`, `remove "${mod}"`);
      if (hasSpecial(work.parts)) {
        return bad(
          'base64 encoding of a value with wildcards is not possible',
          'escape the wildcards (\\*) or drop them',
        );
      }
      const bytes = work.binary ? plainText(work.parts) : utf8Bytes(plainText(work.parts));
      if (mod === 'base64')
        return {
          kind: 'string',
          parts: textParts(base64OfBytes(bytes)),
          binary: false,
          bom: false,
        };
      return {
        kind: 'expansion',
        items: base64Offsets(bytes).map((s) => ({
          kind: 'string',
          parts: textParts(s),
          binary: false,
          bom: false,
        })),
      };
    }
    case 'wide':
    case 'utf16le':
    case 'utf16be':
    case 'utf16': {
      if (work.kind !== 'string') return bad(`"${mod}" needs a string value`, `remove "${mod}"`);
      if (work.binary) return bad(`"${mod}" applied twice`, 'keep one encoding modifier');
      const enc = mod === 'utf16be' ? utf16be : utf16le;
      const parts: SigmaStringPart[] = work.parts.map((p) =>
        p.kind === 'text' ? { kind: 'text', text: enc(p.text) } : p,
      );
      if (mod === 'utf16') parts.unshift({ kind: 'text', text: '\xff\xfe' });
      return { kind: 'string', parts: normalizeParts(parts), binary: true, bom: mod === 'utf16' };
    }
    case 'windash': {
      if (work.kind !== 'string') return bad('"windash" needs a string value', 'remove "windash"');
      const variants = windashVariants(work.parts);
      if (variants.length === 1) return work;
      return { kind: 'expansion', items: variants.map((parts) => ({ ...work, parts })) };
    }
    case 're': {
      if (applied.length > 0 || work.kind !== 'string') {
        return bad('"re" must be the first modifier and apply to a string', 'put "re" first');
      }
      return { kind: 'regex', pattern: String(original.value), flags: '' };
    }
    case 'i':
    case 'ignorecase':
    case 'm':
    case 'multiline':
    case 's':
    case 'dotall': {
      if (work.kind !== 'regex') return bad(`"${mod}" is a flag of "re"`, `write "re|${mod}"`);
      const flag = mod[0] === 'd' ? 's' : (mod[0] as string);
      return work.flags.includes(flag) ? work : { ...work, flags: work.flags + flag };
    }
    case 'cidr':
      if (applied.length > 0 || work.kind !== 'string' || !isCidr(plainText(work.parts))) {
        return bad(
          '"cidr" needs an unmodified IPv4 or IPv6 network such as 10.0.0.0/8',
          'fix the network value',
        );
      }
      return { kind: 'cidr', value: plainText(work.parts) };
    case 'exists':
      if (work.kind !== 'boolean' || item.field === undefined) {
        return bad(
          '"exists" needs a field and the value true or false',
          'write `Field|exists: true`',
        );
      }
      return { kind: 'exists', value: work.value };
    case 'fieldref':
      if (work.kind !== 'string' || hasSpecial(work.parts)) {
        return bad(
          '"fieldref" needs a field name without wildcards',
          "write the other field's name",
        );
      }
      return { kind: 'fieldref', field: plainText(work.parts), startswith: false, endswith: false };
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      const n =
        work.kind === 'number'
          ? work.value
          : work.kind === 'string'
            ? Number(plainText(work.parts))
            : NaN;
      if (!Number.isFinite(n) || (work.kind === 'string' && hasSpecial(work.parts))) {
        return bad(`"${mod}" needs a number`, 'write a number value');
      }
      const op = ({ lt: '<', lte: '<=', gt: '>', gte: '>=' } as const)[mod];
      return { kind: 'compare', op, value: n };
    }
    case 'cased':
      return input;
    case 'expand': {
      if (work.kind !== 'string') return bad('"expand" needs a string value', 'remove "expand"');
      return expandPlaceholders(work, item, options);
    }
    default:
      return sigmaError(
        'sigma.unknown-modifier',
        `unknown value modifier "${mod}"`,
        item.position,
        'remove it',
      );
  }
}

function textParts(text: string): SigmaStringPart[] {
  return [{ kind: 'text', text }];
}
