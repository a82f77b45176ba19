import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyClockCommand, type ClockCommand } from '../src/runtime/clockCommands.js';
import { simTimeAt } from '../src/runtime/simTime.js';
import type { ClockState } from '../src/state/StateStore.js';

const DAY = 86_400_000;
const ready: ClockState = { status: 'ready', speed: 1, simAt: 0, wallAt: 1000 };

describe('exercise clock', () => {
  it('runs at its speed from start, stands while paused, and resumes where it stood', () => {
    let c = applyClockCommand(ready, { kind: 'start' }, 1000, DAY);
    c = applyClockCommand(c, { kind: 'speed', speed: 10 }, 2000, DAY);
    expect(simTimeAt(c, 3000, DAY)).toBe(1000 + 10_000);
    c = applyClockCommand(c, { kind: 'pause' }, 3000, DAY);
    expect(simTimeAt(c, 999_999, DAY)).toBe(11_000);
    c = applyClockCommand(c, { kind: 'resume' }, 5000, DAY);
    expect(simTimeAt(c, 5100, DAY)).toBe(12_000);
    c = applyClockCommand(c, { kind: 'jump', to: 3_600_000 }, 5100, DAY);
    expect(simTimeAt(c, 5100, DAY)).toBe(3_600_000);
    c = applyClockCommand(c, { kind: 'end' }, 6000, DAY);
    expect(c.status).toBe('ended');
  });

  it('refuses commands that do not fit the state, with a stable id', () => {
    expect(() => applyClockCommand(ready, { kind: 'pause' }, 0, DAY)).toThrow(
      expect.objectContaining({ id: 'clock.wrong-state' }),
    );
    const running = applyClockCommand(ready, { kind: 'start' }, 0, DAY);
    expect(() => applyClockCommand(running, { kind: 'jump', to: -1 }, 10, DAY)).toThrow(
      expect.objectContaining({ id: 'clock.jump-backwards' }),
    );
  });

  it('sim time never goes backwards and never passes the length under any command sequence (property)', () => {
    const command = fc.oneof(
      fc.constantFrom<ClockCommand>({ kind: 'start' }, { kind: 'pause' }, { kind: 'resume' }),
      fc.integer({ min: 1, max: 60 }).map((speed): ClockCommand => ({ kind: 'speed', speed })),
      fc.nat(2 * DAY).map((to): ClockCommand => ({ kind: 'jump', to })),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(command, fc.nat(600_000))), (steps) => {
        let c = ready;
        let wall = 1000;
        let last = 0;
        for (const [cmd, dt] of steps) {
          wall += dt;
          try {
            c = applyClockCommand(c, cmd, wall, DAY);
          } catch {
            // refused commands leave the clock as it was
          }
          const t = simTimeAt(c, wall, DAY);
          expect(t).toBeGreaterThanOrEqual(last);
          expect(t).toBeLessThanOrEqual(DAY);
          last = t;
        }
      }),
    );
  });
});
