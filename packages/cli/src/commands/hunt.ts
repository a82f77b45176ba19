import type { Command } from 'commander';
import { formatError, isHuntError, parse, type Query } from '@kunren/hunt';
import {
  DEFAULT_IMPORT_SCOPE,
  IMPORT_FORMATS,
  flattenEvent,
  isImportFormat,
  isStoreError,
  openData,
  parseTimestamp,
  type ImportFormat,
  type OpenedData,
  type QueryResult,
} from '@kunren/store';
import type { JsonValue } from '@kunren/domain';
import { CliError } from '../CliError.js';
import { createProgress } from '../progress.js';
import { processIo, type CommandIo } from './import.js';

/** Options of `kunren hunt`. */
export interface HuntCommandOptions {
  readonly data: string;
  readonly dataFormat?: string;
  readonly format?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit?: string;
  readonly timeout?: string;
  readonly exercise?: string;
  readonly team?: string;
  /** Table width; default the terminal's, else 160. */
  readonly width?: number;
}

const OUTPUTS = ['table', 'json', 'csv'] as const;
const MAX_CELL = 60;
/** Fields a raw event's summary starts with, when present. */
const SUMMARY_FIELDS = [
  'event.code',
  'event.action',
  'event.outcome',
  'user.name',
  'process.name',
  'process.command_line',
  'process.parent.name',
  'source.ip',
  'destination.ip',
  'destination.port',
  'dns.question.name',
  'url.original',
  'file.path',
  'registry.path',
  'rule.name',
  'message',
];
/** Fields left out of the summary: bookkeeping, not evidence. */
const NOISE =
  /^(event\.(kind|module|provider|category|type|id|created|ingested)|winlog\.|agent\.|ecs\.|log\.|related\.|data_stream\.|input\.|elastic_agent\.)/;

/**
 * Runs one hunting query over a store directory or a log file and prints the rows as a
 * table that fits the terminal, NDJSON, or CSV. Exit 0 on an answer (even empty), 1 for a
 * query the language or the store refuses (printed with a caret under the problem);
 * unusable arguments throw a `CliError` (exit 2).
 */
export async function runHunt(
  text: string,
  options: HuntCommandOptions,
  io: CommandIo,
): Promise<0 | 1> {
  const output = options.format ?? 'table';
  if (!(OUTPUTS as readonly string[]).includes(output)) {
    throw new CliError(`--format ${output}: use table, json or csv`);
  }
  const dataFormat = options.dataFormat ?? 'auto';
  if (dataFormat !== 'auto' && !isImportFormat(dataFormat)) {
    throw new CliError(`--data-format ${dataFormat}: use auto, ${IMPORT_FORMATS.join(', ')}`);
  }
  const limit = Number(options.limit ?? '1000');
  if (!Number.isInteger(limit) || limit < 1)
    throw new CliError(`--limit ${options.limit}: give a whole number of rows, e.g. 100`);
  const timeoutMs = Number(options.timeout ?? '30000');
  if (!(timeoutMs > 0))
    throw new CliError(`--timeout ${options.timeout}: give milliseconds, e.g. 10000`);
  for (const [flag, value] of [
    ['--from', options.from],
    ['--to', options.to],
  ] as const) {
    if (value !== undefined && parseTimestamp(value) === undefined) {
      throw new CliError(`${flag} ${value}: not an ISO 8601 time, e.g. 2026-03-02T09:00:00Z`);
    }
  }
  let query: Query;
  try {
    query = parse(text);
  } catch (e) {
    if (!isHuntError(e)) throw e;
    io.err(formatError(text, e));
    return 1;
  }
  const data = await open(options, dataFormat as ImportFormat | 'auto', io);
  try {
    const range = await data.store.timeRange(data.scope);
    const from = options.from ?? range?.from ?? '1970-01-01T00:00:00.000Z';
    const to = options.to ?? new Date((parseTimestamp(range?.to) ?? 0) + 1).toISOString();
    let result: QueryResult;
    try {
      result = await data.store.query(data.scope, query, { from, to, maxRows: limit, timeoutMs });
    } catch (e) {
      if (isHuntError(e)) {
        io.err(formatError(text, e));
        return 1;
      }
      if (isStoreError(e)) {
        io.err(`kunren: ${e.message}`);
        return 1;
      }
      throw e;
    }
    if (output === 'json') for (const row of result.rows) io.out(JSON.stringify(row));
    else if (output === 'csv') for (const line of toCsv(result)) io.out(line);
    else
      for (const line of toTable(result, options.width ?? process.stdout.columns ?? 160))
        io.out(line);
    const cut = result.truncated ? ` (cut at --limit ${limit}; raise it or narrow the query)` : '';
    io.err(`${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${cut}`);
    return 0;
  } finally {
    await data.store.close();
  }
}

async function open(
  options: HuntCommandOptions,
  format: ImportFormat | 'auto',
  io: CommandIo,
): Promise<OpenedData> {
  const progress = createProgress('loading', 1);
  let data: OpenedData;
  try {
    data = await openData(options.data, {
      format,
      exerciseId: options.exercise ?? DEFAULT_IMPORT_SCOPE.exerciseId,
      teamId: options.team ?? DEFAULT_IMPORT_SCOPE.teamId,
      onProgress: (p) => progress.update(p.totalBytes > 0 ? p.bytesRead / p.totalBytes : 1),
    });
  } catch (e) {
    if (isStoreError(e)) throw new CliError(`--data ${options.data}: ${e.message}`);
    throw e;
  }
  if (data.report) {
    progress.finish(`${data.report.events} events`);
    const first = data.report.rejected[0];
    if (first) {
      io.err(
        `note: ${data.report.rejectedCount} records could not be read (first: ${first.file}:${first.line}: ${first.reason}); ` +
          'kunren import lists them all',
      );
    }
  }
  return data;
}

/** A cell as one line of text. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cellText).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v).replace(/[\r\n\t]+/g, ' ');
}

/** Raw events as rows of columns: time, dataset, host, then the other fields in brief. */
function tableRows(result: QueryResult): { header: string[]; rows: string[][] } {
  if (!result.rawEvents) {
    const header = result.columns.map((c) => c.name);
    return { header, rows: result.rows.map((r) => header.map((h) => cellText(r[h]))) };
  }
  const shown = ['@timestamp', 'event.dataset', 'host.name'];
  const header = [...shown, 'event'];
  const rows = result.rows.map((r) => {
    const flat = flattenEvent(r as Record<string, JsonValue>);
    const first = SUMMARY_FIELDS.filter((k) => flat.has(k));
    const rest = [...flat.keys()].filter(
      (k) => !shown.includes(k) && !first.includes(k) && !NOISE.test(k),
    );
    const summary = [...first, ...rest].map((k) => `${k}=${cellText(flat.get(k))}`).join(' ');
    return [...shown.map((k) => cellText(flat.get(k))), summary];
  });
  return { header, rows };
}

/** A table that fits `width` columns: widest columns shrink first, long cells end in `…`. */
export function toTable(result: QueryResult, width: number): string[] {
  const { header, rows } = tableRows(result);
  if (header.length === 0) return [];
  const widths = header.map((h, i) =>
    Math.min(MAX_CELL, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))),
  );
  if (result.rawEvents)
    widths[widths.length - 1] = Math.max(...rows.map((r) => (r[r.length - 1] ?? '').length), 5);
  const budget = Math.max(20, width) - 2 * (header.length - 1);
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const widest = widths.indexOf(Math.max(...widths));
    if ((widths[widest] ?? 0) <= 6) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const fit = (s: string, w: number): string =>
    s.length > w ? `${s.slice(0, Math.max(0, w - 1))}…` : s.padEnd(w);
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => fit(c, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)];
}

/** CSV with a header row; raw events become one column per flattened field. */
export function toCsv(result: QueryResult): string[] {
  let header: string[];
  let rows: unknown[][];
  if (result.rawEvents) {
    const flats = result.rows.map((r) => flattenEvent(r as Record<string, JsonValue>));
    const names = new Set<string>();
    for (const f of flats) for (const k of f.keys()) names.add(k);
    header = ['@timestamp', ...[...names].filter((n) => n !== '@timestamp').sort()];
    rows = flats.map((f) => header.map((h) => f.get(h)));
  } else {
    header = result.columns.map((c) => c.name);
    rows = result.rows.map((r) => header.map((h) => r[h]));
  }
  const esc = (v: unknown): string => {
    const s =
      v === null || v === undefined
        ? ''
        : Array.isArray(v)
          ? v.join('|')
          : typeof v === 'object'
            ? JSON.stringify(v)
            : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header.map(esc).join(','), ...rows.map((r) => r.map(esc).join(','))];
}

/** Registers `kunren hunt --data <file|dir> '<query>' [--format table|json|csv] [--from --to] [--limit N]`. */
export function registerHuntCommand(program: Command): void {
  program
    .command('hunt')
    .description('run a hunting query over a store directory or a log file')
    .argument('<query>', "hunting query, e.g. 'event.code:4625 | stats count() by user.name'")
    .requiredOption('--data <path>', 'store directory (kunren import --into) or a log file')
    .option('--format <format>', 'table, json (NDJSON rows) or csv', 'table')
    .option(
      '--data-format <format>',
      `format of a log file: auto, ${IMPORT_FORMATS.join(', ')}`,
      'auto',
    )
    .option('--from <time>', 'ISO 8601 start (inclusive); default: the earliest event')
    .option('--to <time>', 'ISO 8601 end (exclusive); default: just after the latest event')
    .option('--limit <n>', 'rows at most', '1000')
    .option('--timeout <ms>', 'query time limit in milliseconds', '30000')
    .option(
      '--exercise <id>',
      'exercise of the data in a store directory',
      DEFAULT_IMPORT_SCOPE.exerciseId,
    )
    .option('--team <id>', 'team of the data in a store directory', DEFAULT_IMPORT_SCOPE.teamId)
    .action(async (text: string, options: HuntCommandOptions) => {
      process.exitCode = await runHunt(text, options, processIo());
    });
}
