import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EcsEvent } from '@kunren/domain';
import {
  combineFilters,
  compileDocuments,
  hiddenByCorrelations,
  loadSigmaText,
  matchColumn,
  serializeExpr,
  windowColumn,
  type Expr,
  type Query,
  type SigmaDocument,
} from '@kunren/hunt';
import type { TelemetryScope, TelemetryStore } from '@kunren/store';
import type { AlertEvaluator, RaisedAlert } from '../runtime/AlertEvaluator.js';

/** A built-in rule compiled to a hunt query. */
export interface CompiledRule {
  readonly id: string;
  readonly title: string;
  readonly level: string;
  readonly techniques: readonly string[];
  readonly query: Query;
  /** For a correlation: its tumbling window (ms) and the ECS fields it groups by. */
  readonly correlation?: { readonly windowMs: number; readonly groupBy: readonly string[] };
}

/** Matches one window may raise at most (per rule when the rules run one by one). */
const MAX_MATCHES = 10_000;

async function ruleFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await ruleFiles(path)));
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

function get(doc: Record<string, unknown>, path: string): unknown {
  let v: unknown = doc;
  for (const k of path.split('.'))
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v ?? doc[path];
}

function alertOf(
  rule: CompiledRule,
  row: Record<string, unknown>,
  simAtOf: (e: EcsEvent) => number,
): RaisedAlert {
  const eventId = String(get(row, 'event.id') ?? '');
  const host = get(row, 'host.name');
  return {
    id: `${rule.id}:${eventId}`,
    ruleId: rule.id,
    title: rule.title,
    severity: rule.level,
    techniques: rule.techniques,
    at: simAtOf(row as EcsEvent),
    eventId,
    host: typeof host === 'string' ? host : null,
    query: `event.id:${JSON.stringify(eventId)}`,
  };
}

/** A timestamp cell as ISO 8601 UTC (the store may give a Date, epoch ms or SQL text). */
function isoOf(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number') return new Date(v).toISOString();
  const text = String(v);
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/.test(text) ? text : `${text.replace(' ', 'T')}Z`;
  return new Date(Date.parse(zoned)).toISOString();
}

/**
 * The alert of one correlation row (one window × group over the threshold): raised at the
 * window's last instant, named by rule, window and group, with the query that shows the
 * window's events of that group.
 */
function correlationAlertOf(
  rule: CompiledRule & { readonly correlation: NonNullable<CompiledRule['correlation']> },
  row: Record<string, unknown>,
  simAtOf: SimAtOf,
): RaisedAlert {
  const window = isoOf(get(row, windowColumn));
  const end = new Date(Date.parse(window) + rule.correlation.windowMs - 1).toISOString();
  const groups = rule.correlation.groupBy.map((f) => [f, get(row, f)] as const);
  const span = { start: 0, end: 0 };
  const items: Expr[] = [rule.query.filter];
  for (const [f, v] of groups)
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      items.push({ kind: 'match', field: f, op: 'eq', value: v, caseSensitive: true, span });
  items.push(
    { kind: 'compare', field: '@timestamp', op: '>=', value: window, span },
    { kind: 'compare', field: '@timestamp', op: '<=', value: end, span },
  );
  const host = get(row, 'host.name');
  return {
    id: `${rule.id}:${window}:${groups.map(([, v]) => String(v ?? '')).join('|')}`,
    ruleId: rule.id,
    title: rule.title,
    severity: rule.level,
    techniques: rule.techniques,
    at: simAtOf({ '@timestamp': end } as EcsEvent),
    eventId: '',
    host: typeof host === 'string' ? host : null,
    query: serializeExpr({ kind: 'and', items, span }),
  };
}

/**
 * Loads and compiles the Sigma rules under `dir`: detection rules and correlations (rules
 * that only feed a correlation raise no alert of their own; rules that do not compile are
 * left out).
 */
export async function loadRules(dir: string): Promise<CompiledRule[]> {
  const documents: SigmaDocument[] = [];
  for (const file of await ruleFiles(dir)) {
    documents.push(...loadSigmaText(await readFile(file, 'utf8'), file).documents);
  }
  const hidden = hiddenByCorrelations(documents);
  const shown = documents.filter((doc) => !hidden.has(doc));
  const rules: CompiledRule[] = [];
  for (const [i, compiled] of compileDocuments(documents).entries()) {
    const doc = shown[i];
    if (!compiled.ok || !doc) continue;
    const stats = compiled.query.commands.find((c) => c.kind === 'stats');
    rules.push({
      id: compiled.meta.id ?? compiled.meta.title,
      title: compiled.meta.title,
      level: compiled.meta.level ?? 'medium',
      techniques: compiled.meta.techniques,
      query: compiled.query,
      ...(doc.kind === 'correlation'
        ? {
            correlation: {
              windowMs: doc.correlation.timespan.ms,
              groupBy: (stats?.kind === 'stats' ? stats.by : []).filter((f) => f !== windowColumn),
            },
          }
        : {}),
    });
  }
  return rules;
}

type Range = { readonly from: string; readonly to: string };
type SimAtOf = (e: EcsEvent) => number;

/** Rows of `query` over `range`, halving the window while the result would be cut. */
async function rowsOf(
  telemetry: TelemetryStore,
  scope: TelemetryScope,
  query: Query,
  range: Range,
): Promise<Record<string, unknown>[]> {
  const r = await telemetry.query(scope, query, { ...range, maxRows: MAX_MATCHES });
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  if (!r.truncated || to - from <= 1) return [...r.rows];
  const mid = new Date(Math.floor((from + to) / 2)).toISOString();
  return [
    ...(await rowsOf(telemetry, scope, query, { from: range.from, to: mid })),
    ...(await rowsOf(telemetry, scope, query, { from: mid, to: range.to })),
  ];
}

/** How often (in evaluations of a team) rules on fields the team lacked are tried again. */
const RETRY_EVERY = 8;

/**
 * The built-in detection rules (kunren's Sigma rules, `content/rules/`), evaluated in the
 * telemetry store over each new window of a team's events: the filter-only rules as one SQL
 * query (filters OR-ed, a flag column per rule naming the rules that fired), rules with pipes
 * one query each. A rule on a field the team's telemetry lacks yet is set aside and tried
 * again every few windows from where it stopped, so no matching event is missed.
 */
export async function sigmaAlerts(
  rulesDir: string,
): Promise<AlertEvaluator & { readonly rules: number }> {
  const rules = await loadRules(rulesDir);
  const plain = rules.flatMap((r, i) => (r.query.commands.length === 0 ? [i] : []));
  // Rules with pipes, correlations among them, run one query each.
  const piped = rules.flatMap((r, i) => (r.query.commands.length > 0 ? [i] : []));
  /** Per team: rules set aside (index → start of the window they still owe), evaluations. */
  const teams = new Map<string, { aside: Map<number, string>; runs: number }>();

  const single = async (
    telemetry: TelemetryStore,
    scope: TelemetryScope,
    i: number,
    range: Range,
    simAtOf: SimAtOf,
  ): Promise<RaisedAlert[]> => {
    const rule = rules[i]!;
    const c = rule.correlation;
    if (!c) {
      const rows = await rowsOf(telemetry, scope, rule.query, range);
      return rows.map((row) => alertOf(rule, row, simAtOf));
    }
    // A correlation counts over tumbling windows: only windows that have ended by `to` are
    // evaluated, each once (consecutive ranges share their boundary window's start).
    const from = Math.floor(Date.parse(range.from) / c.windowMs) * c.windowMs;
    const to = Math.floor(Date.parse(range.to) / c.windowMs) * c.windowMs;
    if (from >= to) return [];
    const whole = { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
    const r = await telemetry.query(scope, rule.query, { ...whole, maxRows: MAX_MATCHES });
    return r.rows.map((row) => correlationAlertOf({ ...rule, correlation: c }, row, simAtOf));
  };

  return {
    rules: rules.length,
    async evaluate(telemetry, scope, range, simAtOf) {
      if (Date.parse(range.from) >= Date.parse(range.to)) return [];
      const key = `${scope.exerciseId}/${scope.teamId}`;
      const team = teams.get(key) ?? { aside: new Map<number, string>(), runs: 0 };
      teams.set(key, team);
      team.runs++;
      const out: RaisedAlert[] = [];
      const healthy = plain.filter((i) => !team.aside.has(i));
      let separately = piped.filter((i) => !team.aside.has(i));
      if (healthy.length > 0) {
        try {
          for (const row of await rowsOf(
            telemetry,
            scope,
            combineFilters(healthy.map((i) => rules[i]!.query)),
            range,
          ))
            for (const [k, i] of healthy.entries())
              if (row[matchColumn(k)] === true) out.push(alertOf(rules[i]!, row, simAtOf));
        } catch {
          separately = [...healthy, ...separately];
        }
      }
      for (const i of separately) {
        try {
          out.push(...(await single(telemetry, scope, i, range, simAtOf)));
        } catch {
          team.aside.set(i, range.from); // a rule on fields this team's telemetry lacks yet
        }
      }
      if (team.runs % RETRY_EVERY === 0)
        for (const [i, from] of [...team.aside]) {
          if (from === range.from) continue; // set aside just now
          try {
            out.push(...(await single(telemetry, scope, i, { from, to: range.to }, simAtOf)));
            team.aside.delete(i);
          } catch {
            // still lacking the field: try again later from the same point
          }
        }
      return out;
    },
  };
}
