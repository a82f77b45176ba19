import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { formatDuration, parseDuration, type ActionRecord, type Scenario } from '@kunren/domain';
import { createWorld, EngineError, type World } from '@kunren/engine';
import { formatProblem, loadScenarioFile } from '@kunren/scenario';
import { CliError } from '../CliError.js';
import { createProgress } from '../progress.js';

/** Options of `kunren scenario simulate`. */
interface SimulateOptions {
  seed: string;
  team: string;
  until?: string;
  actions?: string;
  out?: string;
}

/** What a run did, for the summary. */
export interface SimulateSummary {
  events: number;
  byDataset: Map<string, number>;
  stages: { id: string; at: number }[];
  injects: { id: string; at: number }[];
  actions: { seq: number; action: string; status: string; result: string }[];
  /** Actions of the file left out because they fall after `until`. */
  skipped: ActionRecord[];
  /** The output closed before the end (`| head`): the run stopped there. */
  closed: boolean;
}

/** Loads a scenario or throws a one-line CliError (exit 2 unreadable, 1 invalid). */
export async function loadOrFail(file: string): Promise<Scenario> {
  const r = await loadScenarioFile(file);
  if (r.ok) return r.scenario;
  const unreadable = r.problems.find((p) => p.id === 'scenario.unreadable-file');
  if (unreadable)
    throw new CliError(
      `cannot read ${file}: ${unreadable.message.replace(/^cannot read the file: /, '')}`,
      2,
    );
  const first = r.problems[0]!;
  const more =
    r.problems.length > 1
      ? ` (and ${r.problems.length - 1} more: run kunren scenario validate ${file})`
      : '';
  throw new CliError(`${formatProblem(first)}${more}`, 1);
}

/**
 * Reads an action log: YAML or JSON, a list of `{at, action, target}` where `at` is a
 * duration from the start (`10h30m`) or ms; `seq` defaults to the position.
 */
export async function readActions(file: string): Promise<ActionRecord[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new CliError(
      `cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
      2,
    );
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new CliError(`${file}: not valid YAML/JSON: ${(e as Error).message.split('\n')[0]}`, 1);
  }
  const list = Array.isArray(data) ? data : (data as { actions?: unknown } | null)?.actions;
  if (!Array.isArray(list))
    throw new CliError(`${file}: expected a list of {at, action, target}`, 1);
  return list.map((item, i) => {
    const a = item as { at?: unknown; action?: unknown; target?: unknown; seq?: unknown };
    const at =
      typeof a.at === 'number' ? a.at : typeof a.at === 'string' ? parseDuration(a.at) : undefined;
    if (at === undefined || typeof a.action !== 'string' || typeof a.target !== 'string') {
      throw new CliError(
        `${file}: action ${i + 1} needs at (a duration such as 10h30m), action (an id) and target`,
        1,
      );
    }
    return {
      seq: typeof a.seq === 'number' ? a.seq : i + 1,
      at: Math.round(at),
      action: a.action,
      target: a.target,
    };
  });
}

/**
 * Writes a chunk, waiting when the stream asks to (so memory stays flat on big runs), and
 * otherwise yielding once so that an error of the stream (a reader gone: EPIPE) is seen.
 */
function write(out: Writable, chunk: string): Promise<void> {
  if (out.write(chunk)) return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.once('drain', done);
    out.once('close', done);
  });
}

/**
 * Runs a world to `until`, applying the actions at their times, writing each ECS record as
 * one NDJSON line (in @timestamp order) and reporting progress.
 */
export async function simulateToStream(
  world: World,
  until: number,
  actions: readonly ActionRecord[],
  out: Writable,
  onProgress: (at: number) => void = () => {},
): Promise<SimulateSummary> {
  const summary: SimulateSummary = {
    events: 0,
    byDataset: new Map(),
    stages: [],
    injects: [],
    actions: [],
    skipped: [],
    closed: false,
  };
  const sorted = [...actions].sort((a, b) => a.at - b.at || a.seq - b.seq);
  const ordered = sorted.filter((a) => a.at <= until);
  summary.skipped = sorted.filter((a) => a.at > until);
  let buf = '';
  const run = async (to: number) => {
    let n = 0;
    for (const o of world.runUntil(to)) {
      if (o.type === 'event') {
        buf += `${JSON.stringify(o.event)}\n`;
        summary.events++;
        const ds = (o.event.event as { dataset?: string } | undefined)?.dataset ?? 'unknown';
        summary.byDataset.set(ds, (summary.byDataset.get(ds) ?? 0) + 1);
        if (buf.length > 1 << 20) {
          await write(out, buf);
          buf = '';
          if (out.destroyed) {
            summary.closed = true;
            return;
          }
        }
        if (++n % 20_000 === 0) onProgress(o.at);
      } else if (o.type === 'stage' && o.status === 'done') {
        if (!summary.stages.some((s) => s.id === o.id)) summary.stages.push({ id: o.id, at: o.at });
      } else if (o.type === 'inject') summary.injects.push({ id: o.id, at: o.at });
      else if (o.type === 'action') {
        summary.actions.push({ seq: o.seq, action: o.action, status: o.status, result: o.result });
      }
    }
  };
  for (const a of ordered) {
    await run(a.at);
    if (summary.closed) return summary;
    try {
      world.apply(a);
    } catch (e) {
      if (e instanceof EngineError)
        throw new CliError(`action ${a.seq} (${a.action} ${a.target}): ${e.problem}; ${e.fix}`, 1);
      throw e;
    }
  }
  await run(until);
  if (summary.closed) return summary;
  if (buf.length > 0) await write(out, buf);
  onProgress(until);
  return summary;
}

/** The summary printed on stderr after a run. */
export function formatSummary(world: World, s: SimulateSummary): string {
  const lines: string[] = [];
  lines.push(`${s.events} events over ${formatDuration(world.now)} of sim time`);
  for (const [ds, n] of [...s.byDataset].sort((a, b) => b[1] - a[1]))
    lines.push(`  ${ds.padEnd(36)} ${n}`);
  const t = world.truth();
  const stages = t.stages.filter((x) => x.doneAt !== null).sort((a, b) => a.doneAt! - b.doneAt!);
  lines.push(`stages reached: ${stages.length}/${t.stages.length}`);
  const width = Math.max(0, ...stages.map((st) => formatDuration(st.doneAt!).length));
  for (const st of stages)
    lines.push(
      `  ${formatDuration(st.doneAt!).padStart(width)}  ${st.id} (${st.technique}) on ${st.host ?? '?'}`,
    );
  const ex = t.exfiltrated;
  lines.push(
    ex.bytes > 0
      ? `data exfiltrated: ${(ex.bytes / 1_048_576).toFixed(1)} MB, first at ${formatDuration(ex.at ?? 0)}`
      : 'data exfiltrated: none',
  );
  if (s.injects.length > 0) lines.push(`injects fired: ${s.injects.map((i) => i.id).join(', ')}`);
  for (const a of s.actions) lines.push(`action ${a.seq} ${a.action}: ${a.status} — ${a.result}`);
  for (const a of s.skipped)
    lines.push(
      `action ${a.seq} ${a.action}: not applied — at ${formatDuration(a.at)}, after the end of the run (${formatDuration(world.now)}); raise --until`,
    );
  return lines.join('\n');
}

/**
 * Registers `kunren scenario simulate <file> --seed N [--team T] [--until 72h]
 * [--actions actions.yaml] [--out file.ndjson]`: ECS NDJSON (stdout without --out), a
 * progress bar on a terminal's stderr, a summary on stderr.
 */
export function registerSimulateCommand(scenarioCmd: Command): void {
  scenarioCmd
    .command('simulate')
    .description('run a team’s world headless and write its telemetry as ECS NDJSON')
    .argument('<file>', 'scenario.yaml')
    .requiredOption('--seed <n>', 'the exercise seed (an integer)')
    .option('--team <name>', 'the team whose world to run (worlds differ per team)', 'team-1')
    .option(
      '--until <duration>',
      'how much sim time to run, e.g. 24h (default: the scenario length)',
    )
    .option('--actions <file>', 'response actions to apply: YAML list of {at, action, target}')
    .option('--out <file>', 'write the NDJSON here instead of stdout')
    .action(async (file: string, opts: SimulateOptions) => {
      if (!/^-?\d+$/.test(opts.seed))
        throw new CliError(`--seed must be an integer, not "${opts.seed}"`, 2);
      const scenario = await loadOrFail(file);
      const until =
        opts.until !== undefined ? parseDuration(opts.until) : parseDuration(scenario.length);
      if (until === undefined)
        throw new CliError(`--until must be a duration such as 24h or 3d, not "${opts.until}"`, 2);
      const actions = opts.actions !== undefined ? await readActions(opts.actions) : [];
      let world: World;
      try {
        world = createWorld(scenario, { seed: Number(opts.seed), team: opts.team });
      } catch (e) {
        if (e instanceof EngineError) throw new CliError(`${file}: ${e.problem}; ${e.fix}`, 1);
        throw e;
      }
      const out: Writable = opts.out !== undefined ? createWriteStream(opts.out) : process.stdout;
      if (opts.out === undefined) {
        // A reader that stops early (`| head`) is not an error.
        process.stdout.on('error', (e: NodeJS.ErrnoException) => {
          if (e.code === 'EPIPE') process.exit(0);
        });
      }
      if (opts.out !== undefined) {
        await new Promise<void>((resolve, reject) => {
          out.once('open', () => resolve());
          out.once('error', (e) =>
            reject(new CliError(`cannot write ${opts.out}: ${(e as Error).message}`, 2)),
          );
        });
      }
      const progress = createProgress('simulating', until);
      const summary = await simulateToStream(world, until, actions, out, (at) =>
        progress.update(at, formatDuration(at)),
      );
      if (summary.closed) return;
      progress.finish(formatDuration(until));
      if (opts.out !== undefined) await new Promise<void>((resolve) => out.end(() => resolve()));
      process.stderr.write(`${formatSummary(world, summary)}\n`);
    });
}
