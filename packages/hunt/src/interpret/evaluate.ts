import type { EcsEvent } from '@kunren/domain';
import type { FieldType } from '@kunren/domain/ecs';
import type { Query } from '../ast.js';
import type { ColumnInfo } from '../CompileContext.js';
import { buildCatalogue } from '../catalogue/FieldCatalogue.js';
import { HuntError } from '../HuntError.js';
import { analyze } from '../plan/analyze.js';
import { isoOf, parseIsoMs } from '../text/isoTime.js';
import type { Scalar, Value } from './coerceValue.js';
import { commandJs } from './commandJs.js';
import { filterJs } from './filterJs.js';
import { inferColumns } from './inferColumns.js';
import type { Row } from './Row.js';

/** Bounds and inputs of an interpreted query (the same as the SQL path's). */
export interface EvaluateOptions {
  /** Inclusive `from`, exclusive `to`, ISO 8601. */
  readonly range: { readonly from: string; readonly to: string };
  /** Result rows returned at most; a cut sets `truncated`. */
  readonly maxRows: number;
  /** Indicator lists for `lookup`. */
  readonly lists?: ReadonlyMap<string, readonly string[]>;
  /** Column types of the events; inferred from them (ECS types first) when absent. */
  readonly columns?: ReadonlyMap<string, ColumnInfo>;
}

/** The answer of {@link evaluate}: the shape `TelemetryStore.query` returns. */
export interface EvaluateResult {
  readonly columns: readonly { readonly name: string; readonly type: FieldType | 'json' }[];
  /** Raw results: the documents (plus computed columns); otherwise flat records. */
  readonly rows: readonly Record<string, unknown>[];
  readonly truncated: boolean;
  readonly rawEvents: boolean;
}

function output(v: Value, type: FieldType): unknown {
  if (Array.isArray(v)) return v.map((x) => output(x, type));
  if (v !== null && type === 'timestamp') return isoOf(v as number);
  return v;
}

/**
 * The reference semantics of the hunting language: runs a parsed query over ECS events
 * in plain JavaScript. Events outside `range` are invisible; raw results are in
 * (`@timestamp`, input order) order. Throws {@link HuntError} for invalid queries.
 * Regexes run on a linear-time NFA, so no pattern can take exponential time.
 */
export function evaluate(
  query: Query,
  events: Iterable<EcsEvent>,
  options: EvaluateOptions,
): EvaluateResult {
  const all = [...events];
  const catalogue = buildCatalogue(options.columns ?? inferColumns(all));
  const analysis = analyze(query, catalogue);
  const from = parseIsoMs(options.range.from);
  const to = parseIsoMs(options.range.to);
  if (from === undefined || to === undefined) {
    throw new HuntError('hunt.date', 'the query range must be ISO 8601 times', {
      start: 0,
      end: 0,
    });
  }
  const first = analysis.stages[0] as (typeof analysis.stages)[number];
  const keep = filterJs(query.filter, first, analysis.leaves);
  const timed: { row: Row; ts: number; i: number }[] = [];
  all.forEach((doc, i) => {
    const ts = typeof doc['@timestamp'] === 'string' ? parseIsoMs(doc['@timestamp']) : undefined;
    if (ts === undefined || ts < from || ts >= to) return;
    const row: Row = { doc, vals: new Map() };
    if (keep(row)) timed.push({ row, ts, i });
  });
  timed.sort((a, b) => a.ts - b.ts || a.i - b.i);
  let rows = timed.map((t) => t.row);
  const lists = options.lists ?? new Map();
  query.commands.forEach((c, i) => {
    rows = commandJs(c, rows, {
      input: analysis.stages[i] as typeof first,
      leaves: analysis.leaves,
      lists,
    });
  });
  const last = analysis.stages[analysis.stages.length - 1] as typeof first;
  const truncated = rows.length > options.maxRows;
  rows = rows.slice(0, options.maxRows);
  if (analysis.rawEvents) {
    return {
      columns: [
        { name: '_source', type: 'json' },
        ...last.columns.map((c) => ({ name: c.name, type: c.type })),
      ],
      rows: rows.map((r) => {
        const extra = Object.fromEntries(
          last.columns.map((c) => [c.name, output(r.vals.get(c.name) ?? null, c.type)]),
        );
        return { ...(r.doc as EcsEvent), ...extra };
      }),
      truncated,
      rawEvents: true,
    };
  }
  return {
    columns: last.columns.map((c) => ({ name: c.name, type: c.type })),
    rows: rows.map((r) =>
      Object.fromEntries(
        last.columns.map((c) => [c.name, output((r.vals.get(c.name) ?? null) as Scalar, c.type)]),
      ),
    ),
    truncated,
    rawEvents: false,
  };
}
