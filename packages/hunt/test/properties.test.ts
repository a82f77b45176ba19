import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HuntError, buildCatalogue, check, inferColumns, parse, serialize } from '../src/index.js';
import { query } from './arbitraries.js';
import { EVENTS } from './fixtures/events.js';
import { stripSpans } from './stripSpans.js';

const catalogue = buildCatalogue(inferColumns(EVENTS));
const QUERY_CHARS = [
  ...'abcpx.:*"()/\\|<>=!-+,% \n019_@`',
  'and',
  'or',
  'not',
  'stats',
  'count()',
  ' by ',
  'where',
  'eval',
  'é',
  '🎉',
];

/** Parses and checks; only HuntError may escape. */
function parseOrError(q: string): 'query' | 'error' {
  try {
    const p = parse(q);
    check(p, catalogue);
    return 'query';
  } catch (e) {
    if (e instanceof HuntError) {
      expect(e.span.start).toBeGreaterThanOrEqual(0);
      expect(e.span.end).toBeGreaterThanOrEqual(e.span.start);
      return 'error';
    }
    throw e;
  }
}

describe('parse never throws anything but a positioned HuntError', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (q) => {
        parseOrError(q);
      }),
      { numRuns: 2000 },
    );
  });

  it('on strings made of query-ish pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...QUERY_CHARS), { maxLength: 30 }), (parts) => {
        parseOrError(parts.join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('on deeply nested input', () => {
    expect(parseOrError('('.repeat(5000) + 'a:b' + ')'.repeat(5000))).toBe('error');
    expect(parseOrError('* | where ' + '-'.repeat(20000) + '1')).toBe('error');
  });
});

describe('serialize', () => {
  it('round-trips generated ASTs: parse(serialize(ast)) equals ast modulo spans', () => {
    fc.assert(
      fc.property(query, (ast) => {
        const text = serialize(ast);
        expect(stripSpans(parse(text))).toEqual(stripSpans(ast));
      }),
      { numRuns: 1500 },
    );
  });

  it('is a fixed point on its own output', () => {
    fc.assert(
      fc.property(query, (ast) => {
        const once = serialize(ast);
        expect(serialize(parse(once))).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
