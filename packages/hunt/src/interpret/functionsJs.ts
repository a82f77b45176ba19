import type { ValueType } from '../plan/functions.js';
import { parseDuration } from '../syntax/duration.js';
import { isoOf } from '../text/isoTime.js';
import type { Scalar } from './coerceValue.js';

type Fn = (args: readonly Scalar[], types: readonly ValueType[]) => Scalar;

const NUMBER_TEXT = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$/;

const nullIfAny =
  (f: (args: readonly Scalar[]) => Scalar): Fn =>
  (args) =>
    args.some((a) => a === null) ? null : f(args);

/** The text form of a value, as `tostring` gives it (and the SQL compiler reproduces). */
export function toText(v: Scalar, type: ValueType): string | null {
  if (v === null) return null;
  if (type === 'timestamp') return isoOf(v as number);
  return String(v);
}

function strftime(ms: number, fmt: string): string {
  const d = new Date(ms);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
  const codes: Record<string, string> = {
    Y: p(d.getUTCFullYear(), 4),
    m: p(d.getUTCMonth() + 1),
    d: p(d.getUTCDate()),
    H: p(d.getUTCHours()),
    M: p(d.getUTCMinutes()),
    S: p(d.getUTCSeconds()),
    j: p(Math.floor((ms - jan1) / 86_400_000) + 1, 3),
    '%': '%',
  };
  return fmt.replace(/%(.)/g, (_, c: string) => codes[c] ?? '');
}

/** The JS implementations of the language's functions (see plan/functions.ts). */
export const FUNCTIONS_JS: Readonly<Record<string, Fn>> = {
  lower: nullIfAny(([s]) => String(s).toLowerCase()),
  upper: nullIfAny(([s]) => String(s).toUpperCase()),
  trim: nullIfAny(([s]) => String(s).replace(/^ +| +$/g, '')),
  len: nullIfAny(([s]) => [...String(s)].length),
  substr: (args) => {
    if (args.some((a) => a === null)) return null;
    const [s, start, length] = args as [string, number, number | undefined];
    const st = Math.trunc(start);
    if (st < 1 || (length !== undefined && length < 0)) return null;
    const cps = [...s];
    return cps
      .slice(st - 1, length === undefined ? undefined : st - 1 + Math.trunc(length))
      .join('');
  },
  concat: (args) => args.map((a) => (a === null ? '' : String(a))).join(''),
  replace: nullIfAny(([s, find, by]) =>
    find === '' ? String(s) : String(s).split(String(find)).join(String(by)),
  ),
  tonumber: nullIfAny(([s]) => (NUMBER_TEXT.test(String(s)) ? Number(s) : null)),
  tostring: (args, types) => toText(args[0] ?? null, types[0] ?? 'null'),
  abs: nullIfAny(([x]) => Math.abs(x as number)),
  floor: nullIfAny(([x]) => Math.floor(x as number)),
  ceil: nullIfAny(([x]) => Math.ceil(x as number)),
  round: nullIfAny(([x]) => Math.sign(x as number) * Math.round(Math.abs(x as number))),
  if: ([c, a, b]) => (c === true ? (a ?? null) : (b ?? null)),
  case: (args) => {
    for (let i = 0; i + 1 < args.length; i += 2) if (args[i] === true) return args[i + 1] ?? null;
    return null;
  },
  coalesce: (args) => args.find((a) => a !== null) ?? null,
  isnull: ([a]) => a === null,
  isnotnull: ([a]) => a !== null,
  strftime: nullIfAny(([t, f]) => strftime(t as number, String(f))),
  bin: nullIfAny(([t, s]) => {
    const span = parseDuration(String(s), { start: 0, end: 0 });
    return Math.floor((t as number) / span) * span;
  }),
  hour: nullIfAny(([t]) => new Date(t as number).getUTCHours()),
};
