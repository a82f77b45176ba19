import { describe, expect, it } from 'vitest';
import { validateEcs } from './ecsCheck.js';
import { BUILDER_CASES, meta } from './telemetryFixtures.js';

describe('every telemetry builder renders valid ECS', () => {
  it.each(BUILDER_CASES.map((c) => [c.name, c] as const))('%s passes the ECS checker', (_n, c) => {
    const ev = c.build(meta('ev-' + c.name, 3_723_456, 42));
    expect(validateEcs(ev)).toEqual([]);
  });

  it.each(BUILDER_CASES.map((c) => [c.name, c] as const))(
    '%s carries the caller’s id, the sim time and its dataset',
    (_n, c) => {
      const ev = c.build(meta('team-a:000123', 86_400_000 + 3_723_456));
      const event = ev.event as Record<string, unknown>;
      expect(event.id).toBe('team-a:000123');
      expect(ev['@timestamp']).toBe('2026-03-10T01:02:03.456Z');
      expect(event.dataset).toBe(c.dataset);
    },
  );

  it.each(BUILDER_CASES.map((c) => [c.name, c] as const))(
    '%s survives a JSON round trip unchanged (no undefined, no shared cycles)',
    (_n, c) => {
      const ev = c.build(meta('x'));
      expect(JSON.parse(JSON.stringify(ev))).toEqual(ev);
    },
  );

  it('the same facts give byte-identical records (determinism)', () => {
    for (const c of BUILDER_CASES) {
      expect(JSON.stringify(c.build(meta('d', 5, 7)))).toBe(
        JSON.stringify(c.build(meta('d', 5, 7))),
      );
    }
  });
});
