import type { Aggregation, Command, Span, ValueExpr } from '../ast.js';
import { HuntError } from '../HuntError.js';
import type { Cursor } from './Cursor.js';
import { parseDuration } from './duration.js';
import { parseValueExpr } from './parseValueExpr.js';
import type { Token } from './Token.js';

/** The pipe commands, in the order completion offers them. */
export const COMMANDS = [
  'where',
  'stats',
  'sort',
  'head',
  'tail',
  'fields',
  'rename',
  'eval',
  'dedup',
  'top',
  'rare',
  'timechart',
  'bin',
  'lookup',
] as const;

/** The aggregation functions of `stats` and `timechart`. */
export const AGG_FNS: readonly Aggregation['fn'][] = [
  'count',
  'dc',
  'sum',
  'avg',
  'min',
  'max',
  'values',
  'earliest',
  'latest',
];

const RESERVED = new Set(['and', 'or', 'not', 'by', 'as', 'true', 'false', 'null']);

function isName(t: Token): boolean {
  return t.kind === 'word' && !/^[0-9]/.test(t.text) && !RESERVED.has(t.text.toLowerCase());
}

/** Reads a field or column name. */
function name(c: Cursor, what = 'a field name'): Token {
  const t = c.peek('pipe');
  if (!isName(t))
    throw c.unexpected(
      t,
      what,
      'names are ECS fields such as host.name, or columns made earlier; quote others in `backticks`',
    );
  return c.next('pipe');
}

function nameList(c: Cursor): Token[] {
  const out = [name(c)];
  while (c.isPunct('pipe', ',')) {
    c.next('pipe');
    out.push(name(c));
  }
  return out;
}

function count(c: Cursor, fallback: number): { n: number; end?: number } {
  const t = c.peek('pipe');
  if (t.kind !== 'number') return { n: fallback };
  c.next('pipe');
  const n = Number(t.text);
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new HuntError(
      'hunt.limit',
      `expected a whole number of at least 1, found ${t.text}`,
      t.span,
      'for example 10',
    );
  }
  return { n, end: t.span.end };
}

function span(c: Cursor, required: boolean): { ms?: number; end?: number } {
  if (!c.isKeyword('pipe', 'span')) {
    if (required) throw c.unexpected(c.peek('pipe'), 'span=<duration>', 'for example span=5m');
    return {};
  }
  c.next('pipe');
  c.expectPunct('pipe', '=', 'write span=1h');
  const t = c.next('pipe');
  if (t.kind !== 'number' && t.kind !== 'word') throw c.unexpected(t, 'a duration such as 1h');
  return { ms: parseDuration(t.text, t.span), end: t.span.end };
}

function aggregations(c: Cursor): { aggs: Aggregation[]; end: number } {
  const aggs: Aggregation[] = [];
  let end = c.pos;
  do {
    if (aggs.length) c.next('pipe');
    const fnTok = c.peek('pipe');
    const fn = fnTok.text.toLowerCase() as Aggregation['fn'];
    if (fnTok.kind !== 'word' || !AGG_FNS.includes(fn)) {
      throw c.unexpected(
        fnTok,
        'an aggregation',
        `one of ${AGG_FNS.map((f) => `${f}()`).join(', ')}`,
      );
    }
    c.next('pipe');
    let field: string | undefined;
    end = fnTok.span.end;
    if (c.isPunct('pipe', '(')) {
      c.next('pipe');
      if (!c.isPunct('pipe', ')')) field = name(c).value;
      end = c.expectPunct('pipe', ')').span.end;
    }
    if (fn !== 'count' && field === undefined) {
      throw new HuntError(
        'hunt.syntax',
        `${fn} needs a field`,
        { start: fnTok.span.start, end },
        `write ${fn}(field)`,
      );
    }
    let as: string | undefined;
    if (c.isKeyword('pipe', 'as')) {
      c.next('pipe');
      const a = name(c, 'a column name');
      as = a.value;
      end = a.span.end;
    }
    const agg: Aggregation = {
      fn,
      ...(field !== undefined ? { field } : {}),
      ...(as !== undefined ? { as } : {}),
      span: { start: fnTok.span.start, end },
    };
    aggs.push(agg);
  } while (c.isPunct('pipe', ','));
  return { aggs, end };
}

function byList(c: Cursor): { by: string[]; end?: number } {
  if (!c.isKeyword('pipe', 'by')) return { by: [] };
  c.next('pipe');
  const list = nameList(c);
  return { by: list.map((t) => t.value), end: (list[list.length - 1] as Token).span.end };
}

/** Parses one pipe command (the `|` already consumed). */
export function parseCommand(c: Cursor): Command {
  const kw = c.peek('pipe');
  const cmd = kw.text.toLowerCase();
  if (kw.kind !== 'word' || !(COMMANDS as readonly string[]).includes(cmd)) {
    throw c.unexpected(kw, 'a pipe command', `one of ${COMMANDS.join(', ')}`);
  }
  c.next('pipe');
  const start = kw.span.start;
  const to = (end: number | undefined): Span => ({ start, end: end ?? kw.span.end });
  switch (cmd as (typeof COMMANDS)[number]) {
    case 'where': {
      const expr = parseValueExpr(c);
      return { kind: 'where', expr, span: to(expr.span.end) };
    }
    case 'stats': {
      const { aggs, end } = aggregations(c);
      const by = byList(c);
      return { kind: 'stats', aggs, by: by.by, span: to(by.end ?? end) };
    }
    case 'sort': {
      const keys: { field: string; desc: boolean }[] = [];
      let end = kw.span.end;
      do {
        if (keys.length) c.next('pipe');
        let desc = false;
        if (c.isPunct('pipe', '-') || c.isPunct('pipe', '+')) desc = c.next('pipe').text === '-';
        const f = name(c);
        keys.push({ field: f.value, desc });
        end = f.span.end;
      } while (c.isPunct('pipe', ','));
      return { kind: 'sort', keys, span: to(end) };
    }
    case 'head':
    case 'tail': {
      const { n, end } = count(c, 10);
      return { kind: cmd as 'head' | 'tail', n, span: to(end) };
    }
    case 'fields':
    case 'dedup': {
      const list = nameList(c);
      return {
        kind: cmd as 'fields' | 'dedup',
        fields: list.map((t) => t.value),
        span: to((list[list.length - 1] as Token).span.end),
      };
    }
    case 'rename': {
      const pairs: { from: string; to: string }[] = [];
      let end = kw.span.end;
      do {
        if (pairs.length) c.next('pipe');
        const from = name(c);
        if (!c.isKeyword('pipe', 'as'))
          throw c.unexpected(c.peek('pipe'), '"as"', `write rename ${from.text} as new_name`);
        c.next('pipe');
        const t = name(c, 'the new name');
        pairs.push({ from: from.value, to: t.value });
        end = t.span.end;
      } while (c.isPunct('pipe', ','));
      return { kind: 'rename', pairs, span: to(end) };
    }
    case 'eval': {
      const assignments: { name: string; expr: ValueExpr }[] = [];
      let end = kw.span.end;
      do {
        if (assignments.length) c.next('pipe');
        const n = name(c, 'a column name');
        c.expectPunct('pipe', '=', `write eval ${n.text} = <expression>`);
        const expr = parseValueExpr(c);
        assignments.push({ name: n.value, expr });
        end = expr.span.end;
      } while (c.isPunct('pipe', ','));
      return { kind: 'eval', assignments, span: to(end) };
    }
    case 'top':
    case 'rare': {
      const { n } = count(c, 10);
      const fields = nameList(c);
      const by = byList(c);
      return {
        kind: cmd as 'top' | 'rare',
        fields: fields.map((t) => t.value),
        limit: n,
        by: by.by,
        span: to(by.end ?? (fields[fields.length - 1] as Token).span.end),
      };
    }
    case 'timechart': {
      const s = span(c, false);
      const { aggs, end } = aggregations(c);
      let by: string | undefined;
      let byEnd: number | undefined;
      if (c.isKeyword('pipe', 'by')) {
        c.next('pipe');
        const b = name(c);
        by = b.value;
        byEnd = b.span.end;
      }
      return {
        kind: 'timechart',
        spanMs: s.ms ?? 3_600_000,
        aggs,
        ...(by !== undefined ? { by } : {}),
        span: to(byEnd ?? end),
      };
    }
    case 'bin': {
      const f = name(c);
      const s = span(c, true);
      let as: string | undefined;
      let end = s.end;
      if (c.isKeyword('pipe', 'as')) {
        c.next('pipe');
        const a = name(c, 'a column name');
        as = a.value;
        end = a.span.end;
      }
      return {
        kind: 'bin',
        field: f.value,
        spanMs: s.ms as number,
        ...(as !== undefined ? { as } : {}),
        span: to(end),
      };
    }
    case 'lookup': {
      const l = c.next('pipe');
      if (l.kind !== 'word' && l.kind !== 'string')
        throw c.unexpected(l, 'the name of an indicator list');
      const f = name(c);
      return { kind: 'lookup', list: l.value, field: f.value, span: to(f.span.end) };
    }
  }
}
