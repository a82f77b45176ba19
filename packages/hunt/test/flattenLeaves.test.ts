import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenLeaves as flattenEvent } from '../src/index.js';

describe('flattenLeaves (LeafCollector without nulls)', () => {
  it('gives nested objects dotted leaf names', () => {
    const flat = flattenEvent({
      '@timestamp': '2026-03-02T00:00:00.000Z',
      process: { name: 'cmd.exe', parent: { name: 'winword.exe', pid: 42 } },
    });
    expect(Object.fromEntries(flat)).toEqual({
      '@timestamp': '2026-03-02T00:00:00.000Z',
      'process.name': 'cmd.exe',
      'process.parent.name': 'winword.exe',
      'process.parent.pid': 42,
    });
  });

  it('treats keys that contain dots like nesting', () => {
    const a = flattenEvent({ '@timestamp': 't', 'process.parent.name': 'x' });
    const b = flattenEvent({ '@timestamp': 't', process: { parent: { name: 'x' } } });
    expect(a).toEqual(b);
  });

  it('keeps arrays of scalars as arrays, even of one element', () => {
    const flat = flattenEvent({
      '@timestamp': 't',
      event: { category: ['process'], type: ['start', 'info'] },
    });
    expect(flat.get('event.category')).toEqual(['process']);
    expect(flat.get('event.type')).toEqual(['start', 'info']);
  });

  it('gives arrays of objects one array per leaf, as Elasticsearch does', () => {
    const flat = flattenEvent({
      '@timestamp': 't',
      dns: {
        answers: [
          { data: '1.2.3.4', type: 'A' },
          { data: '5.6.7.8', type: 'A' },
        ],
      },
    });
    expect(flat.get('dns.answers.data')).toEqual(['1.2.3.4', '5.6.7.8']);
    expect(flat.get('dns.answers.type')).toEqual(['A', 'A']);
  });

  it('drops nulls, empty arrays and empty objects', () => {
    const flat = flattenEvent({ '@timestamp': 't', a: null, b: [], c: {}, d: [null, 'x'] });
    expect([...flat.keys()]).toEqual(['@timestamp', 'd']);
    expect(flat.get('d')).toEqual(['x']);
  });

  it('every scalar of a document appears under exactly one leaf', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.boolean(),
        tie('object'),
        fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
      ),
      object: fc.dictionary(fc.stringMatching(/^[a-z]{1,4}$/), tie('value'), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(json.object, (doc) => {
        const scalars = (v: unknown): number =>
          v === null
            ? 0
            : Array.isArray(v)
              ? v.reduce((n: number, x) => n + scalars(x), 0)
              : typeof v === 'object'
                ? Object.values(v as object).reduce((n: number, x) => n + scalars(x), 0)
                : 1;
        const flat = flattenEvent(doc as never);
        const leaves = [...flat.values()].reduce(
          (n: number, v) => n + (Array.isArray(v) ? v.length : 1),
          0,
        );
        expect(leaves).toBe(scalars(doc));
      }),
    );
  });
});
