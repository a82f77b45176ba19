import type { Command } from 'commander';
import { formatDuration, parseDuration } from '@kunren/domain';
import {
  EngineError,
  playReferenceSolution,
  type Score,
  type ScoreComponent,
} from '@kunren/engine';
import { formatProblem, loadScenarioFile } from '@kunren/scenario';
import { CliError } from '../CliError.js';
import { createProgress } from '../progress.js';

/** Share of the maximum by which the perfect team must beat the idle one. */
export const CLEAR_MARGIN = 0.25;

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function num(n: number): string {
  return (Math.round(n * 100) / 100).toFixed(2);
}

function metric(ms: number | undefined): string {
  return ms === undefined ? '—' : formatDuration(ms);
}

/**
 * The comparison table of the two scores, component by component with the explanations,
 * then the drill metrics.
 */
export function formatComparison(perfect: Score, idle: Score): string[] {
  const lines: string[] = [];
  const head = `${pad('component', 12)} ${pad('perfect', 8)} ${pad('idle', 8)} ${pad('max', 6)}`;
  lines.push(head, '-'.repeat(head.length));
  for (const c of perfect.components) {
    const other = idle.components.find((x) => x.id === c.id) as ScoreComponent;
    lines.push(
      `${pad(c.id, 12)} ${pad(num(c.points), 8)} ${pad(num(other.points), 8)} ${pad(num(c.max), 6)}`,
    );
  }
  lines.push('-'.repeat(head.length));
  lines.push(
    `${pad('total', 12)} ${pad(num(perfect.total), 8)} ${pad(num(idle.total), 8)} ${pad(num(perfect.max), 6)}`,
  );
  for (const [name, s] of [
    ['perfect team', perfect],
    ['idle team', idle],
  ] as const) {
    const m = s.metrics;
    lines.push('', `${name}:`);
    for (const c of s.components) lines.push(`  ${pad(c.id, 12)} ${c.explanation}`);
    lines.push(
      `  stages reached ${m.stagesReached}/${m.stagesTotal}, exfiltrated ${num(m.exfiltratedBytes / 1_048_576)} MB, ` +
        `downtime ${metric(m.downtimeMs)}; time to detect ${metric(m.timeToDetect)}, ` +
        `contain ${metric(m.timeToContain)}, report ${metric(m.timeToReport)}`,
    );
  }
  return lines;
}

/**
 * Registers `kunren scenario solve <file> --seed N`: plays the scenario's reference solution
 * (its `solution` actions, every task answered from its resolved key) and a team that does
 * nothing, prints both scores component by component, and exits 1 unless the perfect team
 * beats the idle one by at least a quarter of the maximum.
 */
export function registerSolveCommand(scenarioCmd: Command): void {
  scenarioCmd
    .command('solve')
    .description('play the reference solution and compare its score with a team that does nothing')
    .argument('<file>', 'scenario.yaml')
    .requiredOption('--seed <n>', 'world seed (an integer)')
    .action(async (file: string, opts: { seed: string }) => {
      const seed = Number(opts.seed);
      if (!/^-?\d+$/.test(opts.seed) || !Number.isSafeInteger(seed)) {
        throw new CliError(`--seed must be an integer, not "${opts.seed}"`, 2);
      }
      const loaded = await loadScenarioFile(file);
      if (!loaded.ok) {
        const unreadable = loaded.problems.find((p) => p.id === 'scenario.unreadable-file');
        if (unreadable) {
          const why = unreadable.message.replace(/^cannot read the file: /, '');
          throw new CliError(`cannot read ${file}: ${why}`, 2);
        }
        for (const p of loaded.problems) process.stderr.write(`${formatProblem(p)}\n`);
        throw new CliError(`${file} is not a valid scenario (run kunren scenario validate)`, 1);
      }
      const length = parseDuration(loaded.scenario.length) ?? 0;
      const bar = createProgress('solving', 2 * length);
      let played: ReturnType<typeof playReferenceSolution>;
      try {
        played = playReferenceSolution(loaded.scenario, seed, (done) => bar.update(done));
      } catch (e) {
        if (!(e instanceof EngineError)) throw e;
        throw new CliError(`${file}: ${e.problem}; ${e.fix}`, 1);
      }
      bar.finish();
      const { perfect, idle } = played;
      for (const line of formatComparison(perfect.score, idle.score)) {
        process.stdout.write(`${line}\n`);
      }
      const margin = perfect.score.total - idle.score.total;
      if (margin < CLEAR_MARGIN * perfect.score.max) {
        throw new CliError(
          `the reference solution beats doing nothing by only ${num(margin)} of ${num(perfect.score.max)} points ` +
            `(needs ${num(CLEAR_MARGIN * perfect.score.max)}): make the solution contain the attack earlier`,
          1,
        );
      }
    });
}
