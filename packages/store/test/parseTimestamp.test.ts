import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../src/schema/parseTimestamp.js';

describe('parseTimestamp', () => {
  it.each([
    ['2026-03-02T09:15:00.123Z', Date.UTC(2026, 2, 2, 9, 15, 0, 123)],
    ['2026-03-02 09:15:00', Date.UTC(2026, 2, 2, 9, 15)],
    ['2026-03-02T09:15:00.123456789Z', Date.UTC(2026, 2, 2, 9, 15, 0, 123)],
    ['2026-03-02T16:15:00+07:00', Date.UTC(2026, 2, 2, 9, 15)],
    ['2026-03-02T09:15:00-0130', Date.UTC(2026, 2, 2, 10, 45)],
    ['2026-03-02', Date.UTC(2026, 2, 2)],
  ])('reads %s', (text, ms) => {
    expect(parseTimestamp(text)).toBe(ms);
  });

  it.each([
    '',
    'yesterday',
    '2026-02-30T00:00:00Z',
    '2026-02-30T00:00:00.000Z',
    '2026-03-02T24:00:00.000Z',
    '2026-03-02T25:00:00Z',
    '1709370000',
  ])('refuses %j', (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });

  it('round-trips every toISOString', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4102444800000 }), (ms) => {
        expect(parseTimestamp(new Date(ms).toISOString())).toBe(ms);
      }),
    );
  });
});
