import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue, hashString, isoTimestamp, parseIsoUtc, RngStreams } from '@kunren/engine';

describe('EventQueue', () => {
  it('pops in (time, seq) order: equal times come out in scheduling order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }), (times) => {
        const q = new EventQueue<number>();
        times.forEach((t, i) => q.push(t, i));
        const out: [number, number][] = [];
        for (let e = q.pop(); e; e = q.pop()) out.push([e.t, e.job]);
        const expected = times
          .map((t, i) => [t, i] as [number, number])
          .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(out).toEqual(expected);
      }),
    );
  });

  it('a restored queue fires in the same order as the original', () => {
    const q = new EventQueue<string>();
    for (const [t, j] of [
      [5, 'a'],
      [1, 'b'],
      [5, 'c'],
      [3, 'd'],
    ] as const)
      q.push(t, j);
    const r = EventQueue.restore<string>(JSON.parse(JSON.stringify(q.snapshot())));
    q.push(5, 'e');
    r.push(5, 'e');
    const drain = (x: EventQueue<string>) => {
      const o: string[] = [];
      for (let e = x.pop(); e; e = x.pop()) o.push(e.job);
      return o;
    };
    expect(drain(r)).toEqual(drain(q));
  });
});

describe('RngStreams', () => {
  it('a stream draws the same whatever other streams were used before (named streams)', () => {
    const a = new RngStreams('42/blue');
    const b = new RngStreams('42/blue');
    b.get('background/browse/other').u32();
    b.get('adversary/beacon/0').u32();
    expect([1, 2, 3].map(() => b.get('background/browse/rhartono').u32())).toEqual(
      [1, 2, 3].map(() => a.get('background/browse/rhartono').u32()),
    );
  });

  it('a snapshot restores every stream where it was', () => {
    const a = new RngStreams('1/x');
    a.get('s1').u32();
    a.get('s2').float();
    const b = new RngStreams('1/x');
    b.restore(JSON.parse(JSON.stringify(a.snapshot())));
    expect(b.get('s1').u32()).toBe(a.get('s1').u32());
    expect(b.get('s2').u32()).toBe(a.get('s2').u32());
  });

  it('other seeds give other draws', () => {
    expect(new RngStreams('1/x').get('s').u32()).not.toBe(new RngStreams('2/x').get('s').u32());
    expect(hashString('abc')).toBe(hashString('abc'));
  });
});

describe('time without Date', () => {
  it('isoTimestamp∘parseIsoUtc agrees with Date on any instant from 1970 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7_258_118_400_000 }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(isoTimestamp(ms)).toBe(iso);
        expect(parseIsoUtc(iso)).toBe(ms);
      }),
    );
  });

  it('parses offsets: 2026-03-09T00:00:00+07:00 is 2026-03-08T17:00:00Z', () => {
    expect(parseIsoUtc('2026-03-09T00:00:00+07:00')).toBe(Date.parse('2026-03-08T17:00:00Z'));
    expect(parseIsoUtc('2026-03-09 00:00')).toBeUndefined();
  });
});
