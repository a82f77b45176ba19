import type { ClockView } from '../api/types.js';

/**
 * Sim ms at wall time `nowMs`, extrapolated from the last clock frame: a running clock
 * advances `speed` sim ms per wall ms, capped at the exercise length; others stand still.
 */
export function simTimeAt(clock: ClockView, nowMs: number): number {
  if (clock.status !== 'running') return clock.simTime;
  const elapsed = Math.max(0, nowMs - Date.parse(clock.wallAt));
  return Math.min(clock.length, clock.simTime + elapsed * clock.speed);
}

/** The ISO instant of sim ms `simTime` for a scenario starting at `start`. */
export function simIso(start: string, simTime: number): string {
  return new Date(Date.parse(start) + simTime).toISOString();
}
