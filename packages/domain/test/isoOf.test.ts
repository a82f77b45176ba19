import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDate, isoOf } from '../src/index.js';

const MAX = 8.64e15;

describe('isoOf', () => {
  it('writes what Date#toISOString writes, for any sequence of times', () => {
    // sequences, so that the remembered day is reused, changed and revisited
    const time = fc.oneof(
      fc.integer({ min: -MAX, max: MAX }),
      fc.integer({ min: -86_400_000 * 3, max: 86_400_000 * 3 }),
      fc.integer({ min: Date.UTC(2026, 2, 1), max: Date.UTC(2026, 2, 3) }),
      fc.constantFrom(
        0,
        -1,
        1,
        MAX,
        -MAX,
        253_402_300_799_999,
        253_402_300_800_000,
        -62_167_219_200_001,
      ),
    );
    fc.assert(
      fc.property(fc.array(time, { minLength: 1, maxLength: 20 }), (times) => {
        for (const ms of times) expect(isoOf(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 2000 },
    );
  });

  it('throws as toISOString does outside JavaScript dates', () => {
    expect(() => isoOf(MAX + 1)).toThrow(RangeError);
    expect(() => isoOf(Number.NaN)).toThrow(RangeError);
    expect(() => isoOf(-MAX - 1)).toThrow(RangeError);
  });

  it.each([
    [0, '1970-01-01'],
    [59, '1970-03-01'],
    [11_016, '2000-02-29'],
    [20_521, '2026-03-09'],
    [-1, '1969-12-31'],
  ])('civilDate(%i) is %s', (days, date) => {
    expect(civilDate(days)).toBe(date);
  });
});
