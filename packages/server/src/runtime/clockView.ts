import type { ClockView } from '../schemas/frames.js';
import type { ClockState } from '../state/StateStore.js';
import { isoAt, simTimeAt } from './simTime.js';

/** The clock as clients see it at wall time `now`. */
export function clockView(
  clock: ClockState,
  now: number,
  start: string,
  length: number,
): ClockView {
  const simTime = simTimeAt(clock, now, length);
  return {
    status: clock.status,
    speed: clock.speed,
    simTime,
    simTimeIso: isoAt(start, simTime),
    wallAt: new Date(now).toISOString(),
    length,
  };
}
