import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base64Offsets,
  parseSigmaString,
  utf16be,
  utf16le,
  windashChars,
  windashVariants,
} from '../src/index.js';

const byteString = (min: number, max: number): fc.Arbitrary<string> =>
  fc
    .uint8Array({ minLength: min, maxLength: max })
    .map((a) => Array.from(a, (b) => String.fromCharCode(b)).join(''));

describe('Sigma encodings (properties)', () => {
  it("base64offset: the variant for the value's offset occurs in the base64 of any text holding it", () => {
    fc.assert(
      fc.property(
        byteString(0, 12),
        byteString(1, 40),
        byteString(0, 12),
        (prefix, value, suffix) => {
          const variants = base64Offsets(value);
          const encoded = btoa(prefix + value + suffix);
          expect(encoded).toContain(variants[prefix.length % 3]);
        },
      ),
    );
  });

  it('base64offset: each text with the value decodes from a base64 text containing one of the variants', () => {
    fc.assert(
      fc.property(
        byteString(0, 12),
        byteString(3, 40),
        byteString(0, 12),
        (prefix, value, suffix) => {
          const encoded = btoa(prefix + value + suffix);
          expect(base64Offsets(value).some((v) => v.length > 0 && encoded.includes(v))).toBe(true);
          expect(atob(encoded)).toContain(value);
        },
      ),
    );
  });

  it('utf16le and utf16be put every UTF-16 code unit into two bytes, in their order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const le = utf16le(s);
        const be = utf16be(s);
        expect(le.length).toBe(2 * s.length);
        for (let i = 0; i < s.length; i++) {
          const c = s.charCodeAt(i);
          expect(le.charCodeAt(2 * i) | (le.charCodeAt(2 * i + 1) << 8)).toBe(c);
          expect((be.charCodeAt(2 * i) << 8) | be.charCodeAt(2 * i + 1)).toBe(c);
        }
      }),
    );
  });

  it('windash: 5^k distinct variants for k option dashes, identical outside them', () => {
    const word = fc.stringMatching(/^[a-z]{1,6}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('-', '/'),
        (words, dash) => {
          const text = words.map((w) => ` ${dash}${w}`).join('');
          const variants = windashVariants([{ kind: 'text', text }]).map((v) =>
            v.map((p) => (p.kind === 'text' ? p.text : '')).join(''),
          );
          expect(variants.length).toBe(5 ** words.length);
          expect(new Set(variants).size).toBe(variants.length);
          const dashes = new RegExp(`[${windashChars.join('')}]`, 'g');
          for (const v of variants) expect(v.replace(dashes, '-')).toBe(text.replace(/[-/]/g, '-'));
        },
      ),
    );
  });

  it('escaping \\, * and ? makes any text a plain Sigma value', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (s) => {
        const escaped = s.replace(/[\\*?]/g, (c) => `\\${c}`);
        expect(parseSigmaString(escaped)).toEqual([{ kind: 'text', text: s }]);
      }),
    );
  });
});
