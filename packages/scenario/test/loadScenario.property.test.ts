import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@kunren/scenario';

const fixture = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8');
const lines = fixture.split('\n');

/** One random edit of the fixture: a line dropped, doubled, or text spliced in somewhere. */
const mutation = fc.oneof(
  fc.nat(lines.length - 1).map((i) => lines.filter((_, j) => j !== i).join('\n')),
  fc.nat(lines.length - 1).map((i) => lines.flatMap((l, j) => (j === i ? [l, l] : [l])).join('\n')),
  fc
    .tuple(fc.nat(fixture.length), fc.string({ maxLength: 6 }), fc.nat(4))
    .map(([at, text, cut]) => fixture.slice(0, at) + text + fixture.slice(at + cut)),
  fc
    .tuple(
      fc.nat(lines.length - 1),
      fc.constantFrom('- ', '  ', ': ', '{{', '[', '*x', '&a ', 'null', '0'),
    )
    .map(([i, text]) => lines.map((l, j) => (j === i ? text + l : l)).join('\n')),
);

describe('loadScenario on damaged input', () => {
  it('never throws and every problem has a stable id, a position inside the file and a message', () => {
    fc.assert(
      fc.property(mutation, (text) => {
        const result = loadScenario(text, 'm.yaml');
        if (result.ok) return;
        const lineCount = text.split('\n').length;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(p.id).toMatch(/^scenario\.[a-z-]+$/);
          expect(p.file).toBe('m.yaml');
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lineCount);
          expect(p.col).toBeGreaterThanOrEqual(1);
          expect(p.message).not.toMatch(/\n|undefined|\[object Object\]/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('problems come sorted by line and column', () => {
    const text = fixture
      .replace('    - name: fs01', '    - hostname: fs01')
      .replace('      role: domain-controller', '      role: dc');
    const result = loadScenario(text, 'm.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const positions = result.problems.map((p) => p.line * 1000 + p.col);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(result.problems.map((p) => p.line)).toEqual([39, 44]);
  });
});
