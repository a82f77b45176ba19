import type { Command } from 'commander';
import { expandOrganisation } from '@kunren/domain';
import { formatProblem, loadScenarioFile, type LoadResult } from '@kunren/scenario';

/** One line saying a scenario is valid, with its size. */
function okLine(file: string, result: Extract<LoadResult, { ok: true }>): string {
  const s = result.scenario;
  const org = expandOrganisation(s.organisation);
  return (
    `${file}: OK — ${s.id} ${s.version}: ${org.hosts.length} hosts, ${org.users.length} users, ` +
    `${s.adversary.stages.length} stages, ${s.tasks.length} tasks, ${s.injects.length} injects`
  );
}

/**
 * Validates scenario files and prints each problem as `file:line:col: message`.
 * Exit code: 0 all valid, 1 some file has problems, 2 some file cannot be read.
 */
export async function validateFiles(
  files: readonly string[],
  out: (line: string) => void,
  err: (line: string) => void,
  json = false,
): Promise<0 | 1 | 2> {
  let code: 0 | 1 | 2 = 0;
  let problems = 0;
  const report: unknown[] = [];
  for (const file of files) {
    const result = await loadScenarioFile(file);
    if (result.ok) {
      if (json) report.push({ file, ok: true });
      else out(okLine(file, result));
      continue;
    }
    const unreadable = result.problems.find((p) => p.id === 'scenario.unreadable-file');
    if (unreadable) {
      err(
        `kunren: cannot read ${file}: ${unreadable.message.replace(/^cannot read the file: /, '')}`,
      );
      if (json) report.push({ file, ok: false, problems: result.problems });
      code = 2;
      continue;
    }
    problems += result.problems.length;
    if (json) report.push({ file, ok: false, problems: result.problems });
    else for (const p of result.problems) out(formatProblem(p));
    if (code === 0) code = 1;
  }
  if (json) out(JSON.stringify(report, null, 2));
  else if (problems > 0) err(`${problems} problem${problems === 1 ? '' : 's'} found`);
  return code;
}

/**
 * Registers `kunren scenario validate <files...>` on the `scenario` command: exit 0 with a
 * one-line OK per valid file; otherwise every problem as `file:line:col: message` and exit
 * 1; exit 2 for a file that cannot be read.
 */
export function registerValidateCommand(scenarioCmd: Command): void {
  scenarioCmd
    .command('validate')
    .description('check scenario files; print every problem as file:line:col: message')
    .argument('<files...>', 'scenario.yaml files')
    .option('--json', 'print the result as JSON (problems with their stable ids)')
    .action(async (files: string[], opts: { json?: boolean }) => {
      const code = await validateFiles(
        files,
        (line) => process.stdout.write(`${line}\n`),
        (line) => process.stderr.write(`${line}\n`),
        opts.json ?? false,
      );
      process.exitCode = code;
    });
}
