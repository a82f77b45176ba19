/**
 * Golden records: one per builder and event code, reviewed against Elastic's pipeline test
 * outputs and committed under golden/telemetry/. Compared field by field, so a change names
 * the fields it touches. After an intended change: KUNREN_UPDATE_GOLDEN=1 and review the diff.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILDER_CASES, meta } from './telemetryFixtures.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden', 'telemetry');
const UPDATE = process.env.KUNREN_UPDATE_GOLDEN === '1';

/** Dotted field → JSON of its value (arrays kept whole: their order is part of the record). */
function flatten(
  value: unknown,
  prefix = '',
  out: Record<string, string> = {},
): Record<string, string> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value))
      flatten(v, prefix === '' ? k : prefix + '.' + k, out);
  } else {
    out[prefix] = JSON.stringify(value);
  }
  return out;
}

describe('telemetry golden records', () => {
  it.each(BUILDER_CASES.map((c) => [c.name, c] as const))(
    '%s matches its golden record',
    (name, c) => {
      const actual = c.build(meta('golden-' + name, 3_723_456, 1042));
      const file = join(DIR, name + '.json');
      if (UPDATE) {
        mkdirSync(DIR, { recursive: true });
        writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
      }
      const golden: unknown = JSON.parse(readFileSync(file, 'utf8'));
      expect(flatten(actual)).toEqual(flatten(golden));
    },
  );
});
