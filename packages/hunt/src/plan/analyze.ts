import type { Aggregation, Command, Expr, Query, Span } from '../ast.js';
import type { FieldCatalogue } from '../catalogue/FieldCatalogue.js';
import { INTERNAL_COLUMNS } from '../catalogue/FieldCatalogue.js';
import { HuntError } from '../HuntError.js';
import { checkFilter } from './checkFilter.js';
import type { FilterLeaf } from './checkFilter.js';
import type { Column, Resolved, Stage } from './Stage.js';
import { resolveField } from './Stage.js';
import { typeOfValue } from './typeOfValue.js';
import { requireField } from './unknownField.js';

/** The checked shape of a query: the stage before each command and after the last. */
export interface Analysis {
  /** `stages[i]` is the input of `commands[i]`; the last one is the result. */
  readonly stages: readonly Stage[];
  /** The meaning of every match/compare leaf (filter and `match(…)`), by node. */
  readonly leaves: ReadonlyMap<Expr, FilterLeaf>;
  /** The result is a list of events. */
  readonly rawEvents: boolean;
}

/** The output column name of an aggregation: its alias, `count`, or `fn(field)`. */
export function aggName(a: Aggregation): string {
  return a.as ?? (a.field === undefined ? a.fn : `${a.fn}(${a.field})`);
}

function scalar(stage: Stage, name: string, span: Span, what: string): Resolved {
  const r = requireField(stage, name, span);
  if (r.column.array) {
    throw new HuntError(
      'hunt.type',
      `${name} is a list and cannot be used in ${what}`,
      span,
      `filter on it before the first pipe: ${name}:value`,
    );
  }
  return r;
}

function checkName(name: string, span: Span): void {
  if (name.startsWith('__') || INTERNAL_COLUMNS.has(name)) {
    throw new HuntError('hunt.syntax', `${name} is a reserved name`, span, 'choose another name');
  }
}

function unique(columns: Column[], span: Span): Column[] {
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c.name))
      throw new HuntError(
        'hunt.syntax',
        `duplicate column ${c.name}`,
        span,
        'give one of them another name with "as"',
      );
    seen.add(c.name);
  }
  return columns;
}

/** The output column of an aggregation in a stage. */
function aggColumn(stage: Stage, a: Aggregation): Column {
  const name = aggName(a);
  checkName(name, a.span);
  if (a.field === undefined) return { name, type: 'long', array: false };
  const f = scalar(stage, a.field, a.span, `${a.fn}()`).column;
  const num = f.type === 'long' || f.type === 'double';
  switch (a.fn) {
    case 'count':
    case 'dc':
      return { name, type: 'long', array: false };
    case 'sum':
    case 'avg':
      if (!num)
        throw new HuntError(
          'hunt.type',
          `${a.fn} needs a numeric field; ${a.field} is ${f.type}`,
          a.span,
          'use count() or dc() for text',
        );
      return { name, type: a.fn === 'avg' ? 'double' : f.type, array: false };
    case 'min':
    case 'max':
      return { name, type: f.type, array: false };
    case 'values':
      return { name, type: f.type, array: true };
    case 'earliest':
    case 'latest': {
      const ts = resolveField(stage, '@timestamp');
      if (ts?.column.type !== 'timestamp') {
        throw new HuntError(
          'hunt.type',
          `${a.fn} needs @timestamp, which is gone at this point`,
          a.span,
          'use it before stats, or keep @timestamp with fields',
        );
      }
      return { name, type: f.type, array: false };
    }
  }
}

function put(columns: readonly Column[], col: Column): Column[] {
  const i = columns.findIndex((c) => c.name === col.name);
  return i < 0 ? [...columns, col] : columns.map((c, j) => (j === i ? col : c));
}

function table(stage: Stage, columns: Column[], span: Span): Stage {
  return {
    raw: false,
    columns: unique(columns, span),
    hidden: new Set(),
    catalogue: stage.catalogue,
  };
}

/** Finds where `name` is written inside `span` of the source, for a precise caret. */
type Locate = (name: string, span: Span) => Span;

function locator(source: string | undefined): Locate {
  return (name, span) => {
    if (source === undefined || span.end <= span.start) return span;
    const re = new RegExp(
      `(?<![A-Za-z0-9_.@])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_.@])`,
      'g',
    );
    re.lastIndex = span.start;
    const m = re.exec(source);
    return m && m.index + name.length <= span.end
      ? { start: m.index, end: m.index + name.length }
      : span;
  };
}

function step(stage: Stage, c: Command, leaves: Map<Expr, FilterLeaf>, at: Locate): Stage {
  switch (c.kind) {
    case 'where': {
      const t = typeOfValue(c.expr, stage, leaves as Map<unknown, FilterLeaf>);
      if (t !== 'boolean' && t !== 'null')
        throw new HuntError(
          'hunt.type',
          `where needs a condition, found ${t}`,
          c.expr.span,
          'for example: where count > 10',
        );
      return stage;
    }
    case 'stats': {
      const by = c.by.map((f) => scalar(stage, f, at(f, c.span), 'by').column);
      return table(stage, [...by, ...c.aggs.map((a) => aggColumn(stage, a))], c.span);
    }
    case 'sort':
      for (const k of c.keys) scalar(stage, k.field, at(k.field, c.span), 'sort');
      return stage;
    case 'head':
    case 'tail':
      return stage;
    case 'fields':
      return table(
        stage,
        c.fields.map((f) => requireField(stage, f, at(f, c.span)).column),
        c.span,
      );
    case 'dedup':
      for (const f of c.fields) scalar(stage, f, at(f, c.span), 'dedup');
      return stage;
    case 'rename': {
      let s = stage;
      for (const p of c.pairs) {
        checkName(p.to, c.span);
        const from = requireField(s, p.from, at(p.from, c.span)).column;
        const col = { ...from, name: p.to };
        if (s.raw) {
          const hidden = new Set(s.hidden).add(p.from);
          hidden.delete(p.to);
          s = {
            ...s,
            hidden,
            columns: put(
              s.columns.filter((x) => x.name !== p.from),
              col,
            ),
          };
        } else {
          s = {
            ...s,
            columns: s.columns
              .filter((x) => x.name !== p.to)
              .map((x) => (x.name === p.from ? col : x)),
          };
        }
      }
      return s;
    }
    case 'eval': {
      let s = stage;
      for (const a of c.assignments) {
        checkName(a.name, c.span);
        const t = typeOfValue(a.expr, s, leaves as Map<unknown, FilterLeaf>);
        const hidden = new Set(s.hidden);
        hidden.delete(a.name);
        s = {
          ...s,
          hidden,
          columns: put(s.columns, {
            name: a.name,
            type: t === 'null' ? 'string' : t,
            array: false,
          }),
        };
      }
      return s;
    }
    case 'top':
    case 'rare': {
      const by = c.by.map((f) => scalar(stage, f, at(f, c.span), 'by').column);
      const fields = c.fields.map((f) => scalar(stage, f, at(f, c.span), c.kind).column);
      return table(
        stage,
        [
          ...by,
          ...fields,
          { name: 'count', type: 'long', array: false },
          { name: 'percent', type: 'double', array: false },
        ],
        c.span,
      );
    }
    case 'timechart': {
      const ts = resolveField(stage, '@timestamp');
      if (ts?.column.type !== 'timestamp')
        throw new HuntError(
          'hunt.type',
          'timechart needs @timestamp, which is gone at this point',
          c.span,
          'put timechart right after the filter',
        );
      const by = c.by !== undefined ? [scalar(stage, c.by, at(c.by, c.span), 'by').column] : [];
      return table(stage, [ts.column, ...by, ...c.aggs.map((a) => aggColumn(stage, a))], c.span);
    }
    case 'bin': {
      const f = scalar(stage, c.field, at(c.field, c.span), 'bin').column;
      if (f.type !== 'timestamp' && f.type !== 'long' && f.type !== 'double') {
        throw new HuntError(
          'hunt.type',
          `bin needs a time or a number; ${c.field} is ${f.type}`,
          c.span,
        );
      }
      const col = { ...f, name: c.as ?? c.field };
      checkName(col.name, c.span);
      return { ...stage, columns: put(stage.columns, col) };
    }
    case 'lookup': {
      const f = requireField(stage, c.field, at(c.field, c.span)).column;
      if (f.type !== 'string')
        throw new HuntError(
          'hunt.type',
          `lookup needs a text field; ${c.field} is ${f.type}`,
          c.span,
        );
      return stage;
    }
  }
}

const KEEPS_EVENTS = new Set([
  'where',
  'sort',
  'head',
  'tail',
  'dedup',
  'lookup',
  'eval',
  'rename',
  'bin',
]);

/**
 * Checks a query against a field catalogue and works out the rows' shape after each
 * pipe. Throws the first {@link HuntError} (unknown field with did-you-mean, type
 * mismatch, bad regex or CIDR).
 */
export function analyze(
  query: Pick<Query, 'filter' | 'commands'> & { readonly source?: string },
  catalogue: FieldCatalogue,
): Analysis {
  const at = locator(query.source);
  const first: Stage = { raw: true, columns: [], hidden: new Set(), catalogue };
  const leaves = checkFilter(query.filter, first);
  const stages: Stage[] = [first];
  let s = first;
  for (const c of query.commands) {
    s = step(s, c, leaves, at);
    stages.push(s);
  }
  return { stages, leaves, rawEvents: query.commands.every((c) => KEEPS_EVENTS.has(c.kind)) };
}

/** Like {@link analyze}, but returns the errors (zero or one) instead of throwing. */
export function check(
  query: Pick<Query, 'filter' | 'commands'> & { readonly source?: string },
  catalogue: FieldCatalogue,
): HuntError[] {
  try {
    analyze(query, catalogue);
    return [];
  } catch (e) {
    if (e instanceof HuntError) return [e];
    throw e;
  }
}
