import { tryParse } from '@kunren/hunt';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addFilter,
  histogramQuery,
  isEventSearch,
  literal,
  niceSpan,
  spanText,
  splitPipes,
} from '../src/query/editQuery.js';

describe('query edits from the results (filter in/out, pivot, histogram)', () => {
  it.each([
    ['', 'host.name', 'ws-ic07', false, 'host.name:"ws-ic07"'],
    ['*', 'host.name', 'ws-ic07', true, 'not host.name:"ws-ic07"'],
    [
      'event.code:1',
      'process.name',
      'rundll32.exe',
      false,
      'event.code:1 and process.name:"rundll32.exe"',
    ],
    ['a:1 or b:2', 'c', 'x', false, '(a:1 or b:2) and c:"x"'],
    [
      'event.code:3 | stats count() by destination.ip',
      'destination.port',
      443,
      true,
      'event.code:3 and not destination.port:443 | stats count() by destination.ip',
    ],
    [
      'message:"a | b"',
      'user.name',
      'b.santoso',
      false,
      'message:"a | b" and user.name:"b.santoso"',
    ],
    [
      '',
      'process.command_line',
      'C:\\Windows\\x.exe "y"',
      false,
      'process.command_line:"C:\\\\Windows\\\\x.exe \\"y\\""',
    ],
  ])('%s + %s=%s (exclude %s)', (query, field, value, exclude, expected) => {
    expect(addFilter(query, field, value, exclude)).toBe(expected);
  });

  it('the edited query always parses and matches the value exactly', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', 'event.code:1', 'a:1 or b:2', 'x:"y" | head 5'),
        fc.constantFrom('host.name', 'process.command_line', 'destination.port'),
        fc.oneof(fc.string({ maxLength: 40 }), fc.integer()),
        fc.boolean(),
        (query, field, value, exclude) => {
          const parsed = tryParse(addFilter(query, field, value, exclude));
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          const text = JSON.stringify(parsed.query.filter);
          expect(text).toContain(`"field":"${field}"`);
          expect(text).toContain(JSON.stringify(value));
        },
      ),
    );
  });

  it('splits at the first pipe outside quotes', () => {
    expect(splitPipes('a:"x|y" | head 3 | tail 1')).toEqual({
      filter: 'a:"x|y"',
      pipes: '| head 3 | tail 1',
    });
  });

  it.each([
    ['event.code:1', 'event.code:1 | timechart span=5m count()'],
    ['event.code:1 | head 10', 'event.code:1 | timechart span=5m count()'],
  ])('histogram of %s', (q, expected) => {
    expect(histogramQuery(q, 300_000)).toBe(expected);
    expect(tryParse(histogramQuery(q, 300_000)).ok).toBe(true);
  });

  it('knows event searches from aggregations', () => {
    expect(isEventSearch('a:1 | head 5')).toBe(true);
    expect(isEventSearch('a:1 | stats count() by b')).toBe(false);
    expect(isEventSearch('a:1 | timechart span=1h count()')).toBe(false);
  });

  it('bucket widths are round and give at most the asked number of bars', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 30 * 86_400_000 }), (range) => {
        const span = niceSpan(range, 60);
        expect(range / span).toBeLessThanOrEqual(60);
        expect(spanText(span)).toMatch(/^\d+[smhd]$/);
      }),
    );
  });

  it('writes numbers bare and text quoted', () => {
    expect(literal(5)).toBe('5');
    expect(literal(true)).toBe('true');
    expect(literal('a"b')).toBe('"a\\"b"');
  });
});
