import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiveHub, type LiveEnvelope } from '../src/live/LiveHub.js';

describe('live hub', () => {
  it('a client reconnecting with the last seq it saw gets exactly what it missed, in order (property)', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), fc.nat(40), (before, whileAway, after) => {
        const hub = new LiveHub(1000);
        const seen: LiveEnvelope[] = [];
        const first = hub.subscribe('team:x', 0, (e) => seen.push(e));
        for (let i = 0; i < before; i++) hub.publish('team:x', { n: i });
        first.unsubscribe();
        const last = seen.at(-1)?.seq ?? 0;
        for (let i = 0; i < whileAway; i++) hub.publish('team:x', { n: before + i });
        const again = hub.subscribe('team:x', last, (e) => seen.push(e));
        seen.push(...again.missed);
        for (let i = 0; i < after; i++) hub.publish('team:x', { n: before + whileAway + i });
        expect(again.gap).toBe(false);
        expect(seen.map((e) => e.seq)).toEqual(
          Array.from({ length: before + whileAway + after }, (_, i) => i + 1),
        );
        expect(seen.map((e) => (e.frame as { n: number }).n)).toEqual(seen.map((e) => e.seq - 1));
      }),
    );
  });

  it('rooms are numbered independently', () => {
    const hub = new LiveHub();
    hub.publish('team:a', 1);
    hub.publish('team:a', 2);
    expect(hub.publish('team:b', 3)).toBe(1);
    expect(hub.seq('team:a')).toBe(2);
  });

  it('a gap older than the backlog is reported so the client reloads', () => {
    const hub = new LiveHub(5);
    for (let i = 0; i < 20; i++) hub.publish('r', i);
    const sub = hub.subscribe('r', 3, () => undefined);
    expect(sub.gap).toBe(true);
    expect(sub.missed.map((e) => e.seq)).toEqual([16, 17, 18, 19, 20]);
    expect(hub.subscribe('r', 15, () => undefined).gap).toBe(false);
  });
});
