import { ecsField } from '@kunren/domain/ecs';
import type { Span } from '../ast.js';
import type { FieldCatalogue } from '../catalogue/FieldCatalogue.js';
import { analyze } from '../plan/analyze.js';
import { FUNCTIONS } from '../plan/functions.js';
import type { Stage } from '../plan/Stage.js';
import { stageNames } from '../plan/Stage.js';
import { AGG_FNS, COMMANDS } from '../syntax/parseCommand.js';
import { parse } from '../syntax/parse.js';

/** One completion: replace `replace` in the source with `insert`. */
export interface Suggestion {
  readonly label: string;
  readonly kind: 'field' | 'command' | 'function' | 'keyword' | 'operator' | 'value';
  /** The text to insert (for functions `name(`; for fields the name). */
  readonly insert: string;
  readonly detail?: string;
  readonly replace: Span;
}

const COMMAND_HELP: Record<(typeof COMMANDS)[number], string> = {
  where: 'keep rows where a condition holds: where count > 10',
  stats: 'aggregate: stats count() by host.name',
  sort: 'order rows: sort -count, host.name',
  head: 'first N rows (default 10)',
  tail: 'last N rows (default 10)',
  fields: 'keep these columns: fields @timestamp, host.name',
  rename: 'rename a column: rename host.name as host',
  eval: 'compute a column: eval len = len(process.command_line)',
  dedup: 'first row per value: dedup host.name',
  top: 'most common values: top 5 process.name by host.name',
  rare: 'least common values: rare 5 process.name',
  timechart: 'counts over time: timechart span=1h count() by event.dataset',
  bin: 'round to buckets: bin @timestamp span=5m',
  lookup: 'keep rows whose field is in an indicator list: lookup bad_domains dns.question.name',
};

const WORD = /[A-Za-z0-9_.@-]/;

/** Splits the source before the cursor into the filter and the pipe segments (quotes respected). */
function pipes(before: string): number[] {
  const at: number[] = [];
  let quote = false;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (c === '\\') i++;
    else if (c === '"') quote = !quote;
    else if (c === '|' && !quote) at.push(i);
  }
  return at;
}

function rank(prefix: string, names: readonly string[]): string[] {
  const p = prefix.toLowerCase();
  const starts = names.filter((n) => n.toLowerCase().startsWith(p));
  const inner =
    p.length >= 2
      ? names.filter((n) => !n.toLowerCase().startsWith(p) && n.toLowerCase().includes(p))
      : [];
  return [...starts, ...inner];
}

/** The stage at the end of `text` (a query prefix), or the raw stage when it does not check. */
function stageAt(text: string, catalogue: FieldCatalogue): Stage {
  const raw: Stage = { raw: true, columns: [], hidden: new Set(), catalogue };
  try {
    const a = analyze(parse(text), catalogue);
    return a.stages[a.stages.length - 1] as Stage;
  } catch {
    return raw;
  }
}

/**
 * Completion for a query editor: what may be typed at `cursor` — fields (from the
 * catalogue, or the columns a pipe made), operators, pipe commands, aggregation and
 * function names, keywords and allowed ECS values — best first, at most `limit`.
 */
export function complete(
  source: string,
  cursor: number,
  catalogue: FieldCatalogue,
  limit = 50,
): Suggestion[] {
  const before = source.slice(0, Math.max(0, Math.min(cursor, source.length)));
  let start = before.length;
  while (start > 0 && WORD.test(before[start - 1] as string)) start--;
  const prefix = before.slice(start);
  const replace: Span = { start, end: before.length };
  const out: Suggestion[] = [];
  const fields = (names: readonly string[]): void => {
    for (const n of rank(prefix, names)) {
      const info = catalogue.get(n);
      out.push({
        label: n,
        kind: 'field',
        insert: n,
        replace,
        ...(info?.description ? { detail: info.description.split('\n')[0] as string } : {}),
      });
    }
  };
  const bars = pipes(before);
  if (bars.length === 0) {
    const prev = before.slice(0, start).trimEnd();
    if (prev.endsWith(':')) {
      const m = /([A-Za-z0-9_.@]+)\s*:$/.exec(prev);
      const allowed = (m ? ecsField(m[1] as string)?.allowedValues : undefined) ?? [];
      out.push({ label: '*', kind: 'value', insert: '*', detail: 'the field exists', replace });
      for (const v of rank(prefix, allowed))
        out.push({ label: v, kind: 'value', insert: v, replace });
      return out.slice(0, limit);
    }
    const exact = catalogue.get(prefix);
    if (exact && start + prefix.length === before.length && prefix.length > 0) {
      for (const op of [':', ':*', ' >= ', ' < '])
        out.push({
          label: `${prefix}${op.trim()}`,
          kind: 'operator',
          insert: `${prefix}${op}`,
          replace,
        });
    }
    if (prev.length > 0 && !/(\(|\b(and|or|not))$/i.test(prev)) {
      for (const k of ['and', 'or', 'not', '|'])
        if (k.startsWith(prefix.toLowerCase()))
          out.push({ label: k, kind: 'keyword', insert: k, replace });
    } else if (prefix === '') out.push({ label: 'not', kind: 'keyword', insert: 'not', replace });
    fields(catalogue.names());
    return out.slice(0, limit);
  }
  const lastBar = bars[bars.length - 1] as number;
  const segment = before.slice(lastBar + 1, start);
  const words = segment
    .trim()
    .split(/[\s,()=]+/)
    .filter(Boolean);
  if (words.length === 0) {
    for (const c of rank(prefix, COMMANDS))
      out.push({
        label: c,
        kind: 'command',
        insert: c,
        detail: COMMAND_HELP[c as (typeof COMMANDS)[number]],
        replace,
      });
    return out.slice(0, limit);
  }
  const cmd = (words[0] as string).toLowerCase();
  const stage = stageAt(source.slice(0, lastBar), catalogue);
  const last = segment.trimEnd();
  const afterBy = /\bby(\s+[^,]*,)*\s*$/i.test(segment) || /\bby\s*$/i.test(segment);
  if (
    (cmd === 'stats' || cmd === 'timechart') &&
    !afterBy &&
    (/(stats|timechart|,)\s*$/i.test(last) || /span=\S+\s*$/.test(last))
  ) {
    for (const f of rank(prefix, AGG_FNS))
      out.push({ label: `${f}()`, kind: 'function', insert: `${f}(`, replace });
    return out.slice(0, limit);
  }
  if (cmd === 'where' || cmd === 'eval') {
    for (const [name, spec] of Object.entries(FUNCTIONS)) {
      if (name.startsWith(prefix.toLowerCase()))
        out.push({
          label: spec.signature,
          kind: 'function',
          insert: `${name}(`,
          detail: spec.description,
          replace,
        });
    }
    if ('match'.startsWith(prefix.toLowerCase()))
      out.push({
        label: 'match(filter)',
        kind: 'function',
        insert: 'match(',
        detail: 'true when the row matches a KQL filter',
        replace,
      });
    for (const k of ['and', 'or', 'not'])
      if (prefix && k.startsWith(prefix.toLowerCase()))
        out.push({ label: k, kind: 'keyword', insert: k, replace });
    fields(stageNames(stage));
    return out.slice(0, limit);
  }
  if (
    (cmd === 'stats' || cmd === 'top' || cmd === 'rare' || cmd === 'timechart') &&
    !afterBy &&
    prefix === '' &&
    !last.endsWith('(')
  ) {
    out.push({ label: 'by', kind: 'keyword', insert: 'by', replace });
  }
  fields(stageNames(stage));
  return out.slice(0, limit);
}
