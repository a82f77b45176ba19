import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  DEFAULT_IMPORT_SCOPE,
  DuckDbTelemetryStore,
  IMPORT_FORMATS,
  importFiles,
  isImportFormat,
  type ImportFormat,
  type ImportReport,
} from '@kunren/store';
import { CliError } from '../CliError.js';
import { createProgress } from '../progress.js';

/** Options of `kunren import`. */
export interface ImportCommandOptions {
  readonly into: string;
  readonly format?: string;
  readonly exercise?: string;
  readonly team?: string;
  readonly json?: boolean;
}

/** Where the command writes: report lines to `out`, notes to `err`. */
export interface CommandIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/**
 * Lines to stdout and stderr for a command. When stdout's reader goes away (`| head`), the
 * rest of the output is dropped quietly instead of crashing with EPIPE.
 */
export function processIo(): CommandIo {
  let closed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return {
    out: (line) => {
      if (!closed) process.stdout.write(`${line}\n`);
    },
    err: (line) => process.stderr.write(`${line}\n`),
  };
}

const SHOWN_REJECTIONS = 20;
const n = (x: number): string => x.toLocaleString('en-US');

/**
 * Imports log files into a store directory and prints the report: events per dataset, then
 * rejected records as `file:line: reason` (the first 20, then a count). Exit code 0 when
 * events were imported, 1 when nothing could be imported; unusable arguments throw a
 * `CliError` (exit 2).
 */
export async function runImport(
  files: readonly string[],
  options: ImportCommandOptions,
  io: CommandIo,
): Promise<0 | 1> {
  const format = options.format ?? 'auto';
  if (format !== 'auto' && !isImportFormat(format)) {
    throw new CliError(`--format ${format}: not a format; use auto, ${IMPORT_FORMATS.join(', ')}`);
  }
  for (const file of files) {
    const s = await stat(file).catch(() => undefined);
    if (!s) throw new CliError(`${file}: no such file`);
    if (!s.isFile())
      throw new CliError(`${file}: not a file (give log files; --into names the store directory)`);
  }
  const scope = {
    exerciseId: options.exercise ?? DEFAULT_IMPORT_SCOPE.exerciseId,
    teamId: options.team ?? DEFAULT_IMPORT_SCOPE.teamId,
  };
  if (scope.exerciseId === '' || scope.teamId === '')
    throw new CliError('--exercise and --team must not be empty');
  let store: DuckDbTelemetryStore;
  try {
    store = await DuckDbTelemetryStore.open({ dir: options.into });
  } catch (e) {
    throw new CliError(`--into ${options.into}: ${(e as Error).message}`);
  }
  let report: ImportReport;
  const progress = createProgress('importing', 1);
  try {
    report = await importFiles(store, scope, files, {
      format: format as ImportFormat | 'auto',
      onProgress: (p) => progress.update(p.totalBytes > 0 ? p.bytesRead / p.totalBytes : 1, p.file),
    });
    progress.finish(`${n(report.events)} events`);
    const lossy = store.ingestStats(scope).lossyValues;
    if (options.json)
      io.out(JSON.stringify({ into: options.into, scope, ...report, lossyValues: lossy }));
    else printReport(report, options.into, scope, lossy, io);
  } finally {
    await store.close();
  }
  return report.events > 0 || report.rejectedCount === 0 ? 0 : 1;
}

function printReport(
  report: ImportReport,
  into: string,
  scope: { exerciseId: string; teamId: string },
  lossy: number,
  io: CommandIo,
): void {
  io.out(
    `imported ${n(report.events)} events into ${into} (exercise ${scope.exerciseId}, team ${scope.teamId})`,
  );
  for (const f of report.files) {
    io.out(
      `  ${f.file}: ${f.format ?? 'not read'}, ${n(f.events)} events, ${n(f.rejected)} rejected`,
    );
  }
  const datasets = Object.entries(report.datasets);
  if (datasets.length > 0) {
    const width = Math.max(...datasets.map(([d]) => d.length));
    io.out('events per dataset:');
    for (const [d, count] of datasets) io.out(`  ${d.padEnd(width)}  ${n(count).padStart(10)}`);
  }
  if (lossy > 0) {
    io.out(
      `${n(lossy)} values did not fit their field's type (stored as text or empty; the event keeps them)`,
    );
  }
  if (report.rejectedCount > 0) {
    io.out(`rejected ${n(report.rejectedCount)} records:`);
    for (const r of report.rejected.slice(0, SHOWN_REJECTIONS))
      io.out(`  ${r.file}:${r.line}: ${r.reason}`);
    const more = report.rejectedCount - Math.min(SHOWN_REJECTIONS, report.rejected.length);
    if (more > 0) io.out(`  … and ${n(more)} more`);
  }
}

/**
 * Registers `kunren import <files...> --into <dir> [--format …] [--exercise X --team Y]`.
 */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      'import log files (ECS NDJSON, Winlogbeat, EVTX dumps, Zeek, CSV) into a store directory',
    )
    .argument('<files...>', 'log files to import')
    .requiredOption('--into <dir>', 'store directory (created if missing)')
    .option('--format <format>', `auto (detect per file), ${IMPORT_FORMATS.join(', ')}`, 'auto')
    .option('--exercise <id>', 'exercise id the events belong to', DEFAULT_IMPORT_SCOPE.exerciseId)
    .option('--team <id>', 'team id the events belong to', DEFAULT_IMPORT_SCOPE.teamId)
    .option('--json', 'print the report as one JSON object')
    .action(async (files: string[], options: ImportCommandOptions) => {
      process.exitCode = await runImport(files, options, processIo());
    });
}
