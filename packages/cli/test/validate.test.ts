import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./fixtures/validateCli.ts', import.meta.url));
const fixture = fileURLToPath(
  new URL('../../scenario/test/fixtures/minimal.yaml', import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), 'kunren-validate-'));

/** Runs `kunren scenario validate …` in a child process. */
function validate(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, 'scenario', 'validate', ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes the fixture with one edit to a temporary file and returns its path. */
function brokenCopy(name: string, find: string, replace: string): string {
  const text = readFileSync(fixture, 'utf8');
  if (!text.includes(find)) throw new Error(`fixture lacks ${find}`);
  const path = join(dir, name);
  writeFileSync(path, text.replace(find, replace));
  return path;
}

describe('kunren scenario validate', () => {
  it('valid file: exit 0 and one OK line', () => {
    const r = validate(fixture);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `${fixture}: OK — fixture-minimal 1.0.0: 6 hosts, 4 users, 3 stages, 2 tasks, 2 injects\n`,
    );
    expect(r.stderr).toBe('');
  });

  it('broken files: every problem as file:line:col: message, exit 1, no stack trace', () => {
    const a = brokenCopy('a.yaml', '    - name: fs01', '    - hostname: fs01');
    const b = brokenCopy('b.yaml', '      after: [phish]', '      after: [beacon]');
    const r = validate(fixture, a, b);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l !== '')).toEqual([
      `${fixture}: OK — fixture-minimal 1.0.0: 6 hosts, 4 users, 3 stages, 2 tasks, 2 injects`,
      `${a}:44:7: unknown property "hostname" in organisation.hosts[1]; did you mean "name"?`,
      `${b}:166:14: stage "stager" can never start: its after chain loops (stager → beacon → stager); remove one of these after entries`,
      `${b}:169:17: stage "stager" targets sameAs "phish", which is not sure to run before it; add "phish" to its after (directly or through another stage)`,
      `${b}:182:14: stage "beacon" can never start: its after chain loops (stager → beacon → stager); remove one of these after entries`,
    ]);
    expect(r.stderr).toBe('4 problems found\n');
  });

  it('unreadable file: a clear message and exit 2', () => {
    const missing = join(dir, 'nope.yaml');
    const r = validate(missing);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`kunren: cannot read ${missing}: no such file\n`);
    expect(r.stdout).toBe('');
  });

  it('--json: problems with their stable ids', () => {
    const a = brokenCopy('c.yaml', '      ip: 10.10.1.20', '      ip: 10.10.2.20');
    const r = validate('--json', a);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      file: string;
      ok: boolean;
      problems: { id: string; line: number }[];
    }[];
    expect(report[0]?.ok).toBe(false);
    expect(report[0]?.problems.map((p) => [p.id, p.line])).toEqual([
      ['scenario.ip-outside-segment', 47],
    ]);
  });
});
