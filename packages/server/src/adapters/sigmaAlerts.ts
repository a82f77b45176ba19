import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EcsEvent } from '@kunren/domain';
import { compileRule, loadSigmaText, type ColumnInfo, type Query } from '@kunren/hunt';
import type { AlertEvaluator, RaisedAlert } from '../runtime/AlertEvaluator.js';
import { optionalExport } from './optionalExport.js';

type Evaluate = (
  query: Query,
  events: Iterable<EcsEvent>,
  options: {
    range: { from: string; to: string };
    maxRows: number;
    columns?: ReadonlyMap<string, ColumnInfo>;
  },
) => { rows: readonly Record<string, unknown>[]; rawEvents: boolean };
type InferColumns = (events: readonly EcsEvent[]) => ReadonlyMap<string, ColumnInfo>;

interface CompiledRule {
  readonly id: string;
  readonly title: string;
  readonly level: string;
  readonly techniques: readonly string[];
  readonly query: Query;
}

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

/**
 * The built-in detection rules (kunren's Sigma rules, `content/rules/`), compiled once and
 * evaluated in memory over each new batch of a team's events by the hunt interpreter.
 */
export async function sigmaAlerts(
  rulesDir: string,
): Promise<AlertEvaluator & { readonly rules: number }> {
  const evaluate = await optionalExport<Evaluate>('@kunren/hunt', 'evaluate');
  const inferColumns = await optionalExport<InferColumns>('@kunren/hunt', 'inferColumns');
  const rules: CompiledRule[] = [];
  for (const file of await ruleFiles(rulesDir)) {
    const loaded = loadSigmaText(await readFile(file, 'utf8'), file);
    for (const doc of loaded.documents) {
      if (doc.kind !== 'rule') continue;
      const compiled = compileRule(doc);
      if (!compiled.ok) continue;
      rules.push({
        id: compiled.meta.id ?? compiled.meta.title,
        title: compiled.meta.title,
        level: compiled.meta.level ?? 'medium',
        techniques: compiled.meta.techniques,
        query: compiled.query,
      });
    }
  }
  return {
    rules: rules.length,
    evaluate(events, simAtOf) {
      if (events.length === 0) return [];
      let min = Infinity;
      let max = -Infinity;
      for (const e of events) {
        const t = Date.parse(String(e['@timestamp']));
        if (t < min) min = t;
        if (t > max) max = t;
      }
      const range = { from: new Date(min).toISOString(), to: new Date(max + 1).toISOString() };
      const out: RaisedAlert[] = [];
      const columns = inferColumns(events);
      for (const rule of rules) {
        let rows: readonly Record<string, unknown>[];
        try {
          rows = evaluate(rule.query, events, { range, maxRows: 1000, columns }).rows;
        } catch {
          continue; // a rule on fields this batch lacks
        }
        for (const row of rows) {
          const eventId = String(get(row, 'event.id') ?? '');
          const host = get(row, 'host.name');
          out.push({
            id: `${rule.id}:${eventId}`,
            ruleId: rule.id,
            title: rule.title,
            severity: rule.level,
            techniques: rule.techniques,
            at: simAtOf(row as EcsEvent),
            eventId,
            host: typeof host === 'string' ? host : null,
          });
        }
      }
      return out;
    },
  };
}
