import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { HuntError, SafeRegex, postgresDialect } from '../src/index.js';
import { PG_URL, postgresAvailable } from './postgresHarness.js';

const span = { start: 0, end: 0 };
const ATOMS = [
  'a',
  'b',
  'c',
  '.',
  '\\d',
  '\\w',
  '[a-c]',
  '[^b]',
  '\\.',
  'x',
  '(a|bc)',
  '(?:ab)',
  '\\b',
  '^',
  '$',
  '[0-9]',
];
const QUANTS = ['', '', '*', '+', '?', '{2}', '{1,3}', '*?'];
const pattern = fc
  .array(fc.tuple(fc.constantFrom(...ATOMS), fc.constantFrom(...QUANTS)), {
    minLength: 1,
    maxLength: 5,
  })
  .map((parts) =>
    parts.map(([a, q]) => (a === '^' || a === '$' || a === '\\b' ? a : a + q)).join(''),
  )
  .chain((p) => fc.oneof(fc.constant(p), fc.constant(`(${p})|c`), fc.constant(`(${p})+`)));
const input = fc.stringMatching(/^[abcxABC0-9. \n]{0,12}$/);
const flags = fc.constantFrom('', 'i', 's', 'm', 'im');

describe('SafeRegex', () => {
  it('agrees with JavaScript RegExp on ASCII inputs', () => {
    fc.assert(
      fc.property(pattern, input, flags, (p, s, f) => {
        expect(new SafeRegex(p, f, span).test(s)).toBe(new RegExp(p, f).test(s));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['(a+)+$', 'a'.repeat(50_000) + '!'],
    ['(x+x+)+y', 'x'.repeat(50_000)],
    ['(a|aa)*b', 'a'.repeat(50_000)],
    ['(.*a){20}', 'a'.repeat(5_000)],
    ['^(\\w+\\s?)*$', 'word '.repeat(5_000) + '!'],
  ])('runs the catastrophic pattern /%s/ in linear time', (p, s) => {
    const t0 = performance.now();
    new SafeRegex(p, '', span).test(s);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it.each([
    ['a(?=b)', 'lookaround is not supported in /a(?=b)/'],
    ['(?<!a)b', 'lookaround is not supported in /(?<!a)b/'],
    ['(a)\\1', 'backreferences are not supported in /(a)\\1/'],
    ['(?<name>a)', 'named groups are not supported in /(?<name>a)/'],
    ['(?i)abc', 'inline flags are not supported in /(?i)abc/'],
    ['a{1001}', 'repetition {1001} out of range in /a{1001}/'],
    ['a++', 'possessive quantifiers are not supported in /a++/'],
    ['*a', 'nothing to repeat in /*a/'],
    // RE2, the store's engine, refuses a quantifier on a quantifier (a fuzzed query found it)
    ['a**a', 'bad repetition operator: a quantifier after a quantifier in /a**a/'],
    ['a+{2}', 'bad repetition operator: a quantifier after a quantifier in /a+{2}/'],
    ['a{2}*', 'bad repetition operator: a quantifier after a quantifier in /a{2}*/'],
    ['a*??', 'bad repetition operator: a quantifier after a quantifier in /a*??/'],
    ['{2}a', 'nothing to repeat in /{2}a/'],
    ['(a', 'missing ) in /(a/'],
    ['[a', 'missing ] in /[a/'],
    ['[]a]', 'empty character class in /[]a]/'],
    ['\\p{L}', 'unsupported escape \\p in /\\p{L}/'],
    ['((a{1,255}){1,255}){1,255}', 'regular expression too large'],
  ])('rejects /%s/', (p, message) => {
    let err: unknown;
    try {
      new SafeRegex(p, '', span);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HuntError);
    expect((err as HuntError).id).toBe('hunt.regex');
    expect((err as HuntError).message).toBe(message);
  });
});

describe('SafeRegex and DuckDB regexp_matches (RE2) agree', () => {
  let conn: DuckDBConnection;
  beforeAll(async () => {
    conn = await (await DuckDBInstance.create(':memory:')).connect();
  });
  afterAll(() => conn?.closeSync());

  it('on generated patterns, flags and inputs', async () => {
    const cases = fc.sample(fc.tuple(pattern, input, flags), 400);
    for (const [p, s, f] of cases) {
      const reader = await conn.runAndReadAll('SELECT regexp_matches($1, $2) AS m', [
        s,
        f ? `(?${f})${p}` : p,
      ]);
      expect(new SafeRegex(p, f, span).test(s), `/${p}/${f} on ${JSON.stringify(s)}`).toBe(
        reader.getRowObjects()[0]?.m,
      );
    }
  });

  it('accepts only patterns RE2 accepts too (an accepted pattern never fails in the store)', async () => {
    const piece = fc.constantFrom(
      'a',
      'b',
      '.',
      '*',
      '+',
      '?',
      '{2}',
      '{1,}',
      '(',
      ')',
      '|',
      '[a]',
      '\\d',
      '^',
      '$',
    );
    const cases = fc.sample(fc.array(piece, { minLength: 1, maxLength: 6 }), 1500);
    let accepted = 0;
    const refused: string[] = [];
    for (const parts of cases) {
      const p = parts.join('');
      try {
        new SafeRegex(p, '', span);
      } catch (e) {
        if (e instanceof HuntError) continue;
        throw e;
      }
      accepted++;
      try {
        await conn.runAndReadAll('SELECT regexp_matches($1, $2)', ['ab', p]);
      } catch (e) {
        refused.push(`/${p}/: ${(e as Error).message}`);
      }
    }
    expect(refused).toEqual([]);
    expect(accepted).toBeGreaterThan(100);
  });
});

describe.skipIf(!(await postgresAvailable()))(
  'SafeRegex and PostgreSQL ~ (translated to ARE) agree',
  () => {
    let client: pg.Client;
    beforeAll(async () => {
      client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
    });
    afterAll(() => client?.end());

    it('on generated patterns, flags and inputs', async () => {
      const cases = fc.sample(fc.tuple(pattern, input, flags), 400);
      for (const [p, s, f] of cases) {
        const res = await client.query('SELECT $1::text ~ $2::text AS m', [
          s,
          postgresDialect.regexParam(p, f),
        ]);
        expect(new SafeRegex(p, f, span).test(s), `/${p}/${f} on ${JSON.stringify(s)}`).toBe(
          res.rows[0]?.m,
        );
      }
    });
  },
);
