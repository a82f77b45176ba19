import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle, type IndicatorKind } from '../src/stix/buildBundle.js';
import type { TlpLevel } from '../src/stix/tlp.js';

const root = new URL('../../../../shared/data/stix2.1-schemas/schemas/', import.meta.url);

function schemaFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? schemaFiles(path) : name.endsWith('.json') ? [path] : [];
  });
}

const ajv = new Ajv2020.default({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats.default(ajv);
for (const file of schemaFiles(root.pathname))
  ajv.addSchema(JSON.parse(readFileSync(file, 'utf8')));
const validateBundle = ajv.getSchema(
  'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/common/bundle.json',
)!;
const validateIndicator = ajv.getSchema(
  'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/sdos/indicator.json',
)!;
const validateMarking = ajv.getSchema(
  'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/common/marking-definition.json',
)!;

const samples: Record<IndicatorKind, fc.Arbitrary<string>> = {
  ipv4: fc.ipV4(),
  domain: fc.domain(),
  url: fc.webUrl(),
  sha256: fc.stringMatching(/^[a-f0-9]{64}$/),
  md5: fc.stringMatching(/^[a-f0-9]{32}$/),
  email: fc.emailAddress(),
  filename: fc.string({ minLength: 1, maxLength: 40 }),
};
const indicator = fc
  .constantFrom(...(Object.keys(samples) as IndicatorKind[]))
  .chain((kind) => samples[kind].map((value) => ({ kind, value })));
const tlp = fc.constantFrom<TlpLevel>('clear', 'green', 'amber', 'amber+strict', 'red');

describe('STIX 2.1 sharing', () => {
  it('bundles of any indicators and TLP 2.0 level validate against the official schemas', () => {
    fc.assert(
      fc.property(fc.array(indicator, { minLength: 1, maxLength: 6 }), tlp, (indicators, level) => {
        const bundle = buildBundle(indicators, level, 'Partner CERT', '2026-03-09T10:00:00.000Z');
        const ok = validateBundle(bundle);
        if (!ok) throw new Error(JSON.stringify(validateBundle.errors?.slice(0, 3)));
        for (const o of bundle.objects) {
          if (o.type === 'indicator')
            expect(validateIndicator(o), JSON.stringify(validateIndicator.errors)).toBe(true);
          if (o.type === 'marking-definition')
            expect(validateMarking(o), JSON.stringify(validateMarking.errors)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the validator rejects a bundle with a broken indicator (it can fail)', () => {
    const bundle = buildBundle(
      [{ kind: 'ipv4', value: '203.0.113.7' }],
      'green',
      'x',
      '2026-03-09T10:00:00.000Z',
    );
    const broken = {
      ...bundle,
      objects: bundle.objects.map((o) =>
        o.type === 'indicator' ? { ...o, pattern_type: undefined, valid_from: 'yesterday' } : o,
      ),
    };
    expect(validateBundle(JSON.parse(JSON.stringify(broken)))).toBe(false);
  });

  it('every indicator carries the TLP 2.0 marking of the bundle', () => {
    const bundle = buildBundle(
      [{ kind: 'domain', value: 'cdn-sync.net' }],
      'amber+strict',
      'Partner CERT',
      '2026-03-09T10:00:00.000Z',
    );
    const marking = bundle.objects.find((o) => o.type === 'marking-definition') as {
      id: string;
      name: string;
    };
    expect(marking.name).toBe('TLP:AMBER+STRICT');
    const ind = bundle.objects.find((o) => o.type === 'indicator') as {
      object_marking_refs: string[];
      pattern: string;
    };
    expect(ind.object_marking_refs).toEqual([marking.id]);
    expect(ind.pattern).toBe("[domain-name:value = 'cdn-sync.net']");
  });

  it("a quote in a value cannot break out of the pattern's string literal", () => {
    const bundle = buildBundle(
      [{ kind: 'filename', value: "a' OR file:name = 'b" }],
      'green',
      'x',
      '2026-03-09T10:00:00.000Z',
    );
    const ind = bundle.objects.find((o) => o.type === 'indicator') as { pattern: string };
    expect(ind.pattern).toBe("[file:name = 'a\\' OR file:name = \\'b']");
  });
});
