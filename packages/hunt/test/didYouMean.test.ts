import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../src/index.js';

/** The definition: the first candidate at the least distance within the length's bound. */
function reference(name: string, candidates: readonly string[]): string | undefined {
  const max = name.length <= 4 ? 1 : name.length <= 10 ? 2 : 3;
  let best: string | undefined;
  let bestD = max + 1;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

describe('didYouMean', () => {
  it('gives the closest candidate within the bound, ties to the earlier one (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', '.', '_'), maxLength: 14 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 30 }), (name, candidates) => {
        expect(didYouMean(name, candidates)).toBe(reference(name, candidates));
      }),
      { numRuns: 2000 },
    );
  });

  it('suggests a field a letter or two away', () => {
    expect(didYouMean('proces.name', ['process.pid', 'process.name', 'host.name'])).toBe(
      'process.name',
    );
    expect(didYouMean('zzzzzzzz', ['process.name'])).toBeUndefined();
  });
});
