import type { FieldType } from '@kunren/domain/ecs';
import type { ValueExpr } from '../ast.js';

/** The type of an `eval`/`where` value: a column type, or `null` for the literal null. */
export type ValueType = FieldType | 'null';

/** A function of `eval` and `where`. */
export interface FunctionSpec {
  /** How it is called, for docs and completion: `substr(text, start[, length])`. */
  readonly signature: string;
  readonly description: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  /** The result type for these argument types, or an error message. */
  readonly result: (args: readonly ValueType[], exprs: readonly ValueExpr[]) => ValueType | string;
}

const isNum = (t: ValueType): boolean => t === 'long' || t === 'double' || t === 'null';
const is = (t: ValueType, want: FieldType): boolean => t === want || t === 'null';

/** The common type of branches (`if`, `case`, `coalesce`), or an error. */
export function unify(types: readonly ValueType[]): ValueType | string {
  let out: ValueType = 'null';
  for (const t of types) {
    if (t === 'null' || t === out) continue;
    if (out === 'null') out = t;
    else if (isNum(out) && isNum(t)) out = 'double';
    else return `cannot mix ${out} and ${t}; convert with tostring() or tonumber()`;
  }
  return out;
}

function text(fn: string, result: ValueType, extra: FieldType[] = []) {
  return (args: readonly ValueType[]): ValueType | string => {
    if (!is(args[0] as ValueType, 'string')) return `${fn} takes text; convert with tostring()`;
    for (let i = 1; i < args.length; i++) {
      if (
        !is(args[i] as ValueType, extra[i - 1] ?? 'string') &&
        !(extra[i - 1] === 'long' && isNum(args[i] as ValueType))
      ) {
        return `argument ${i + 1} of ${fn} must be ${extra[i - 1] === 'long' ? 'a number' : 'text'}`;
      }
    }
    return result;
  };
}

function numeric(fn: string) {
  return (args: readonly ValueType[]): ValueType | string => {
    if (!args.every(isNum)) return `${fn} takes numbers; convert with tonumber()`;
    return args[0] === 'null' ? 'double' : (args[0] as ValueType);
  };
}

/** Every function of the language, by name. */
export const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  lower: {
    signature: 'lower(text)',
    description: 'Lower-cases text.',
    minArgs: 1,
    maxArgs: 1,
    result: text('lower', 'string'),
  },
  upper: {
    signature: 'upper(text)',
    description: 'Upper-cases text.',
    minArgs: 1,
    maxArgs: 1,
    result: text('upper', 'string'),
  },
  trim: {
    signature: 'trim(text)',
    description: 'Removes leading and trailing spaces.',
    minArgs: 1,
    maxArgs: 1,
    result: text('trim', 'string'),
  },
  len: {
    signature: 'len(text)',
    description: 'Number of characters.',
    minArgs: 1,
    maxArgs: 1,
    result: text('len', 'long'),
  },
  substr: {
    signature: 'substr(text, start[, length])',
    description:
      'Part of text from 1-based `start`, `length` characters (default: to the end). Null when start < 1 or length < 0.',
    minArgs: 2,
    maxArgs: 3,
    result: text('substr', 'string', ['long', 'long']),
  },
  concat: {
    signature: 'concat(text, text, …)',
    description: 'Joins texts; null arguments count as empty.',
    minArgs: 1,
    maxArgs: 32,
    result: (args) =>
      args.every((t) => is(t, 'string')) ? 'string' : 'concat takes text; convert with tostring()',
  },
  replace: {
    signature: 'replace(text, find, with)',
    description: 'Replaces every occurrence of the literal `find` (no regex).',
    minArgs: 3,
    maxArgs: 3,
    result: text('replace', 'string', ['string', 'string']),
  },
  tonumber: {
    signature: 'tonumber(text)',
    description: 'Parses a decimal number (`12`, `-3.5`, `1e3`); null when the text is not one.',
    minArgs: 1,
    maxArgs: 1,
    result: text('tonumber', 'double'),
  },
  tostring: {
    signature: 'tostring(value)',
    description:
      'Text form: numbers as written (`3`, `2.5`), booleans `true`/`false`, times ISO 8601.',
    minArgs: 1,
    maxArgs: 1,
    result: () => 'string',
  },
  abs: {
    signature: 'abs(number)',
    description: 'Absolute value.',
    minArgs: 1,
    maxArgs: 1,
    result: numeric('abs'),
  },
  floor: {
    signature: 'floor(number)',
    description: 'Rounds down.',
    minArgs: 1,
    maxArgs: 1,
    result: numeric('floor'),
  },
  ceil: {
    signature: 'ceil(number)',
    description: 'Rounds up.',
    minArgs: 1,
    maxArgs: 1,
    result: numeric('ceil'),
  },
  round: {
    signature: 'round(number)',
    description: 'Rounds to the nearest whole number, halves away from zero.',
    minArgs: 1,
    maxArgs: 1,
    result: numeric('round'),
  },
  if: {
    signature: 'if(condition, then, else)',
    description: '`then` when the condition is true, else `else` (also when it is null).',
    minArgs: 3,
    maxArgs: 3,
    result: (args) =>
      is(args[0] as ValueType, 'boolean')
        ? unify(args.slice(1))
        : 'the condition of if must be true/false',
  },
  case: {
    signature: 'case(cond1, value1, cond2, value2, …)',
    description: 'The value after the first true condition; null when none is true.',
    minArgs: 2,
    maxArgs: 64,
    result: (args) => {
      if (args.length % 2 !== 0) return 'case takes condition, value pairs';
      if (!args.every((t, i) => i % 2 === 1 || is(t, 'boolean')))
        return 'the conditions of case must be true/false';
      return unify(args.filter((_, i) => i % 2 === 1));
    },
  },
  coalesce: {
    signature: 'coalesce(a, b, …)',
    description: 'The first argument that is not null.',
    minArgs: 1,
    maxArgs: 32,
    result: (args) => unify(args),
  },
  isnull: {
    signature: 'isnull(value)',
    description: 'True when the value is null (the field is missing).',
    minArgs: 1,
    maxArgs: 1,
    result: () => 'boolean',
  },
  isnotnull: {
    signature: 'isnotnull(value)',
    description: 'True when the value is present.',
    minArgs: 1,
    maxArgs: 1,
    result: () => 'boolean',
  },
  strftime: {
    signature: 'strftime(time, "format")',
    description:
      'Formats a time (UTC) with %Y %m %d %H %M %S %j %% (the format must be a literal).',
    minArgs: 2,
    maxArgs: 2,
    result: (args, exprs) => {
      if (!is(args[0] as ValueType, 'timestamp')) return 'strftime takes a time such as @timestamp';
      const f = exprs[1];
      if (f?.kind !== 'literal' || typeof f.value !== 'string')
        return 'the format of strftime must be a quoted literal';
      if (/%[^YmdHMSj%]|%$/.test(f.value)) return 'strftime supports only %Y %m %d %H %M %S %j %%';
      return 'string';
    },
  },
  bin: {
    signature: 'bin(time, "5m")',
    description: 'Rounds a time down to a multiple of the span (from 1970-01-01 UTC).',
    minArgs: 2,
    maxArgs: 2,
    result: (args, exprs) => {
      if (!is(args[0] as ValueType, 'timestamp')) return 'bin takes a time such as @timestamp';
      const f = exprs[1];
      if (
        f?.kind !== 'literal' ||
        typeof f.value !== 'string' ||
        !/^[0-9]+(ms|s|m|h|d)$/.test(f.value)
      ) {
        return 'the span of bin must be a quoted duration such as "5m"';
      }
      return 'timestamp';
    },
  },
  hour: {
    signature: 'hour(time)',
    description: 'The hour of the day, 0–23, UTC.',
    minArgs: 1,
    maxArgs: 1,
    result: (args) =>
      is(args[0] as ValueType, 'timestamp') ? 'long' : 'hour takes a time such as @timestamp',
  },
};
