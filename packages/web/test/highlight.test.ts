import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, highlight } from '../src/query/highlight.js';

const kinds = (q: string) =>
  highlight(q)
    .filter((s) => s.cls)
    .map((s) => `${s.cls.replace('tok-', '')}:${s.text}`);

describe('query highlighting', () => {
  it('process.name:"powershell.exe" and not host.name:ws01', () => {
    expect(kinds('process.name:"powershell.exe" and not host.name:ws01')).toEqual([
      'field:process.name',
      'op::',
      'string:"powershell.exe"',
      'keyword:and',
      'keyword:not',
      'field:host.name',
      'op::',
    ]);
  });

  it('url.path:"/jquery-3.3.1.min.js" | stats count() by host.name', () => {
    const k = kinds('url.path:"/jquery-3.3.1.min.js" | stats count() by host.name');
    expect(k).toContain('command:stats');
    expect(k).toContain('keyword:count');
    expect(k).toContain('keyword:by');
  });

  it('event.code >= 4624 marks the number and the field', () => {
    expect(kinds('event.code >= 4624')).toEqual(['field:event.code', 'op:>=', 'number:4624']);
  });

  it('an unterminated string colours to the end without throwing', () => {
    expect(kinds('message:"half')).toEqual(['field:message', 'op::', 'string:"half']);
  });

  it('marks the error span, and a point error as one character', () => {
    const segs = highlight('a:1 | bogus', { start: 6, end: 11 });
    expect(
      segs
        .filter((s) => s.error)
        .map((s) => s.text)
        .join(''),
    ).toBe('bogus');
    expect(
      highlight('a: | x', { start: 3, end: 3 })
        .filter((s) => s.error)
        .map((s) => s.text)
        .join(''),
    ).toBe('|');
  });

  it('segments always concatenate back to the query, whatever it is', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(200), fc.nat(20), (q, start, len) => {
        const segs = highlight(q, { start, end: start + len });
        expect(segs.map((s) => s.text).join('')).toBe(q);
        expect(classify(q)).toHaveLength(q.length);
      }),
    );
  });
});
