import type { Command } from 'commander';
import type { Query } from '@kunren/hunt';
import {
  compileDocuments,
  formatSigmaError,
  loadSigmaFiles,
  restrictToFields,
  windowColumn,
  type SigmaCompileOptions,
  type SigmaCompileResult,
  type SigmaFilesResult,
  type SigmaRuleMeta,
} from '@kunren/hunt';
import { CliError } from '../CliError.js';
import { openData, type OpenedData } from '@kunren/store';
import { createProgress } from '../progress.js';

/** Runs compiled queries over the telemetry given with `--data`. */
export interface SigmaData {
  run(query: Query): Promise<{
    readonly rows: readonly Record<string, unknown>[];
    readonly rawEvents: boolean;
    readonly truncated: boolean;
  }>;
  /** Dotted names of the fields the data has. */
  fields(): Promise<ReadonlySet<string>>;
  close(): Promise<void>;
}

/** Bounds of every query of a run. */
export interface SigmaDataOptions {
  readonly maxRows: number;
  readonly from?: string;
  readonly to?: string;
}

/**
 * Opens `--data` with the store package's `openData`: a store directory as it is, a log file
 * (ECS NDJSON, Winlogbeat, EVTX dumps, Zeek, CSV) imported into a temporary DuckDB store,
 * with a progress bar on a terminal. Rejected log lines are counted on stderr.
 */
export async function openSigmaData(path: string, options: SigmaDataOptions): Promise<SigmaData> {
  const progress = createProgress('importing', 1);
  let opened: OpenedData;
  try {
    opened = await openData(path, {
      onProgress: (p) => progress.update(p.totalBytes > 0 ? p.bytesRead / p.totalBytes : 1, p.file),
    });
  } catch (e) {
    const message = (e as Error).message;
    throw new CliError(`--data ${path}: ${message}`);
  }
  if (opened.report) {
    progress.finish(`${opened.report.events} events`);
    if (opened.report.rejectedCount > 0) {
      const first = opened.report.rejected[0];
      process.stderr.write(
        `kunren: ${opened.report.rejectedCount} record(s) of ${path} rejected` +
          (first ? ` (first: line ${first.line}: ${first.reason})` : '') +
          '\n',
      );
    }
  }
  const { store, scope } = opened;
  const range = await store.timeRange(scope);
  const from = options.from ?? range?.from ?? '1970-01-01T00:00:00.000Z';
  const to =
    options.to ??
    (range ? new Date(Date.parse(range.to) + 1).toISOString() : '1970-01-01T00:00:00.001Z');
  return {
    run: (q) => store.query(scope, q, { from, to, maxRows: options.maxRows }),
    fields: async () => new Set(['@timestamp', ...(await store.fields(scope)).keys()]),
    close: () => store.close(),
  };
}

/** One match: a rule and the event (or correlation row) it matched. */
export interface SigmaMatch {
  readonly rule: SigmaRuleMeta;
  /** `@timestamp` of the event, or the window start of a correlation. */
  readonly timestamp: string;
  /** `event.id` of the event; absent for correlation rows. */
  readonly eventId?: string;
  /** For correlations: the group-by values and the aggregate(s). */
  readonly values?: Readonly<Record<string, unknown>>;
}

/** The outcome of running rules over data. */
export interface SigmaRunReport {
  readonly matches: readonly SigmaMatch[];
  readonly summary: {
    readonly files: number;
    readonly rulesLoaded: number;
    readonly loadErrors: readonly string[];
    readonly unsupported: readonly { readonly rule: string; readonly reason: string }[];
    readonly rulesRun: number;
    readonly rulesMatched: number;
    /** Rules whose query the data layer rejected (with its message). */
    readonly failed: readonly { readonly rule: string; readonly reason: string }[];
    readonly truncated: readonly string[];
  };
}

/** Compiles loaded rules and runs every compiled query over `data`. */
export async function runSigma(
  loaded: SigmaFilesResult,
  data: SigmaData,
  options: SigmaCompileOptions = {},
): Promise<SigmaRunReport> {
  const results = compileDocuments(loaded.documents, options);
  const matches: SigmaMatch[] = [];
  const unsupported: { rule: string; reason: string }[] = [];
  const truncated: string[] = [];
  const failed: { rule: string; reason: string }[] = [];
  const matched = new Set<SigmaCompileResult>();
  const fields = await data.fields();
  for (const r of results) {
    if (!r.ok) {
      unsupported.push({
        rule: r.meta.title,
        reason: formatSigmaError({ ...r, message: r.reason }),
      });
      continue;
    }
    let result: Awaited<ReturnType<SigmaData['run']>>;
    try {
      result = await data.run(restrictToFields(r.query, (f) => fields.has(f)));
    } catch (e) {
      failed.push({ rule: r.meta.title, reason: (e as Error).message });
      continue;
    }
    if (result.truncated) truncated.push(r.meta.title);
    for (const row of result.rows) {
      matched.add(r);
      matches.push(result.rawEvents ? eventMatch(r.meta, row) : rowMatch(r.meta, r.query, row));
    }
  }
  matches.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  return {
    matches,
    summary: {
      files: loaded.files.length,
      rulesLoaded: loaded.documents.length,
      loadErrors: loaded.errors.map(formatSigmaError),
      unsupported,
      rulesRun: results.filter((r) => r.ok).length,
      rulesMatched: matched.size,
      failed,
      truncated,
    },
  };
}

function get(doc: Record<string, unknown>, path: string): unknown {
  if (path in doc) return doc[path];
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function eventMatch(rule: SigmaRuleMeta, row: Record<string, unknown>): SigmaMatch {
  const id = get(row, 'event.id');
  return {
    rule,
    timestamp: String(get(row, '@timestamp') ?? ''),
    ...(id === undefined || id === null ? {} : { eventId: String(id) }),
  };
}

function rowMatch(rule: SigmaRuleMeta, _query: Query, row: Record<string, unknown>): SigmaMatch {
  const window = row[windowColumn];
  const values = Object.fromEntries(
    Object.entries(row).filter(([k]) => k !== windowColumn && !k.startsWith('_')),
  );
  return {
    rule,
    timestamp: window instanceof Date ? window.toISOString() : String(window ?? ''),
    values,
  };
}

function cell(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** The table output: one line per match, then the summary. */
export function formatSigmaTable(report: SigmaRunReport): string[] {
  const lines: string[] = [];
  if (report.matches.length > 0) {
    lines.push(
      `${cell('LEVEL', 9)} ${cell('RULE', 44)} ${cell('ATT&CK', 20)} ${cell('@TIMESTAMP', 24)} EVENT.ID / GROUP`,
    );
  }
  for (const m of report.matches) {
    const detail =
      m.eventId ??
      Object.entries(m.values ?? {})
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(' ');
    lines.push(
      `${cell(m.rule.level ?? '-', 9)} ${cell(m.rule.title, 44)} ${cell(m.rule.techniques.join(',') || '-', 20)} ${cell(m.timestamp, 24)} ${detail}`,
    );
  }
  const s = report.summary;
  lines.push('');
  lines.push(`rules loaded: ${s.rulesLoaded} from ${s.files} file${s.files === 1 ? '' : 's'}`);
  for (const e of s.loadErrors) lines.push(`  load error: ${e}`);
  lines.push(`unsupported: ${s.unsupported.length}`);
  for (const u of s.unsupported) lines.push(`  ${u.rule}: ${u.reason}`);
  lines.push(
    `matched: ${s.rulesMatched} of ${s.rulesRun} rules run, ${report.matches.length} match${report.matches.length === 1 ? '' : 'es'}`,
  );
  for (const f of s.failed) lines.push(`  query failed: ${f.rule}: ${f.reason}`);
  for (const t of s.truncated) lines.push(`  truncated (raise --limit): ${t}`);
  return lines;
}

function parsePlaceholders(specs: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    if (eq <= 0) throw new CliError(`--placeholder "${spec}" is not Name=value[,value…]`);
    out.set(spec.slice(0, eq).replace(/^%|%$/g, ''), spec.slice(eq + 1).split(','));
  }
  return out;
}

/**
 * Registers `kunren sigma <rules...> --data <file|dir> [--format table|json]`: runs Sigma rules
 * over a store directory or a log file and prints each match, then a summary of the rules
 * loaded, unsupported (with reasons) and matched.
 */
export function registerSigmaCommand(program: Command): void {
  program
    .command('sigma')
    .description('run Sigma rules over telemetry and list the matches')
    .argument('<rules...>', 'Sigma rule files or directories')
    .requiredOption('--data <path>', 'a store directory or a log file (ECS NDJSON, …)')
    .option('--format <format>', 'table or json', 'table')
    .option('--from <time>', 'ISO 8601 start (inclusive); default: the earliest event')
    .option('--to <time>', 'ISO 8601 end (exclusive); default: after the latest event')
    .option('--limit <n>', 'matches per rule at most', '10000')
    .option(
      '--placeholder <Name=a,b>',
      'values for an |expand placeholder (repeatable)',
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .action(
      async (
        rules: string[],
        opts: {
          data: string;
          format: string;
          from?: string;
          to?: string;
          limit: string;
          placeholder: string[];
        },
      ) => {
        if (opts.format !== 'table' && opts.format !== 'json') {
          throw new CliError(`--format must be table or json, not "${opts.format}"`);
        }
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1)
          throw new CliError(`--limit must be a positive whole number`);
        for (const t of [opts.from, opts.to]) {
          if (t !== undefined && Number.isNaN(Date.parse(t)))
            throw new CliError(`"${t}" is not an ISO 8601 time`);
        }
        const placeholders = parsePlaceholders(opts.placeholder);
        const loaded = await loadSigmaFiles(rules);
        if (loaded.files.length === 0) {
          throw new CliError(
            loaded.errors[0]
              ? formatSigmaError(loaded.errors[0])
              : `no Sigma rules in ${rules.join(', ')}`,
          );
        }
        if (loaded.documents.length === 0 && loaded.errors.length === 0) {
          throw new CliError(`no Sigma rules (.yml/.yaml) found in ${rules.join(', ')}`);
        }
        const data = await openSigmaData(opts.data, {
          maxRows: limit,
          ...(opts.from === undefined ? {} : { from: opts.from }),
          ...(opts.to === undefined ? {} : { to: opts.to }),
        });
        let report: SigmaRunReport;
        try {
          report = await runSigma(loaded, data, { placeholders });
        } finally {
          await data.close();
        }
        if (opts.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else for (const line of formatSigmaTable(report)) process.stdout.write(`${line}\n`);
        process.exitCode =
          report.summary.loadErrors.length > 0 || report.summary.failed.length > 0 ? 1 : 0;
      },
    );
}
