import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EcsEvent, JsonValue } from '@kunren/domain';
import { flattenEvent } from '../src/index.js';
import { readField } from '../src/interpret/readField.js';

const key = fc.constantFrom('a', 'b', 'c', 'a.b');
const doc = fc.letrec<{ v: JsonValue; o: Record<string, JsonValue> }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean(), fc.constant(null)),
    fc.array(tie('v'), { maxLength: 3 }),
    tie('o'),
  ),
  o: fc.dictionary(key, tie('v'), { maxKeys: 3 }),
})).o;

describe('flattenEvent and readField', () => {
  it('flattens nested objects, keeps scalar arrays, collects leaves of object arrays', () => {
    expect(
      flattenEvent({
        '@timestamp': '2026-03-09T10:00:00.000Z',
        process: { name: 'cmd.exe', args: ['/c', 'dir'], parent: { name: 'explorer.exe' } },
        dns: {
          answers: [
            { data: '203.0.113.7', type: 'A' },
            { data: '203.0.113.8', type: 'A' },
          ],
        },
        'user.name': 'akira',
      }),
    ).toEqual({
      '@timestamp': '2026-03-09T10:00:00.000Z',
      'process.name': 'cmd.exe',
      'process.args': ['/c', 'dir'],
      'process.parent.name': 'explorer.exe',
      'dns.answers.data': ['203.0.113.7', '203.0.113.8'],
      'dns.answers.type': ['A', 'A'],
      'user.name': 'akira',
    });
  });

  it('readField(doc, name) equals flattenEvent(doc)[name] on generated documents', () => {
    fc.assert(
      fc.property(doc, (d) => {
        const flat = flattenEvent(d);
        const names = new Set(Object.keys(flat).filter((k) => k !== ''));
        // Names whose spelling is ambiguous (both nested and dotted keys) are excluded.
        for (const name of names) {
          const ambiguous = [...names].some((n) => n !== name && n.split('.').join('.') === name);
          if (ambiguous || name.includes('a.b') || name.split('.').some((s) => s === '')) continue;
          expect(readField(d as EcsEvent, name.split('.')), name).toEqual(flat[name]);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
