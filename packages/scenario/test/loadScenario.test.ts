import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario } from '@kunren/scenario';
import { brokenCases } from './brokenScenarios.cases.js';

const fixture = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8');

/** Applies a case's edits to the fixture; every edit must find its text. */
function broken(edits: readonly (readonly [string, string])[], base: string): string {
  let text = base;
  for (const [find, replace] of edits) {
    if (!text.includes(find))
      throw new Error(`the fixture no longer contains ${JSON.stringify(find)}`);
    text = text.replace(find, replace);
  }
  return text;
}

describe('loadScenario', () => {
  it('loads the compact fixture into a typed scenario', () => {
    const result = loadScenario(fixture, 'minimal.yaml');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    expect(result.scenario.id).toBe('fixture-minimal');
    expect(result.scenario.adversary.stages.map((s) => s.id)).toEqual([
      'phish',
      'stager',
      'beacon',
    ]);
    expect(result.scenario.organisation.utcOffset).toBe('+07:00');
    expect(result.scenario.background.officeHours).toEqual({ start: '08:00', end: '17:00' });
  });

  it('reports problems as file:line:col: message under the name it was given', () => {
    const result = loadScenario(
      broken([['version: 1.0.0', 'version: 1.0']], fixture),
      'content/x.yaml',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      'content/x.yaml:5:10: wrong type at version: expected a version such as 1.0.0, found a number (1); put it in quotes',
    ]);
  });

  describe('broken scenarios give exactly their problems', () => {
    for (const c of brokenCases) {
      it(c.title, () => {
        const text = c.text ?? broken(c.edits, fixture);
        const result = loadScenario(text, 'x.yaml');
        expect(result.ok).toBe(false);
        const got = result.ok
          ? []
          : result.problems.map((p) => `${p.id} ${p.line}:${p.col}: ${p.message}`);
        expect(got).toEqual(c.expected);
      });
    }
  });
});
