import type { ClockState } from '../state/StateStore.js';

/** The exercise's sim time (ms since scenario start) at wall time `wallNow`, capped at `length`. */
export function simTimeAt(clock: ClockState, wallNow: number, length: number): number {
  const running = clock.status === 'running';
  const t = running ? clock.simAt + Math.max(0, wallNow - clock.wallAt) * clock.speed : clock.simAt;
  return Math.min(Math.floor(t), length);
}

/** ISO 8601 UTC of sim ms `t` in a scenario starting at `start` (ISO). */
export function isoAt(start: string, t: number): string {
  return new Date(Date.parse(start) + t).toISOString();
}
