import { errors } from '../http/errors.js';
import type { ClockState } from '../state/StateStore.js';
import { simTimeAt } from './simTime.js';

/** A clock control an instructor sends. */
export type ClockCommand =
  | { readonly kind: 'start' }
  | { readonly kind: 'pause' }
  | { readonly kind: 'resume' }
  | { readonly kind: 'speed'; readonly speed: number }
  | { readonly kind: 'jump'; readonly to: number }
  | { readonly kind: 'end' };

/** Speeds the clock accepts (×1 to ×60). */
export const SPEED_RANGE = { min: 1, max: 60 } as const;

function wrongState(command: string, status: string): never {
  throw errors.conflict(
    'clock.wrong-state',
    `Cannot ${command} an exercise that is ${status}.`,
    status === 'ready'
      ? 'Start it first.'
      : status === 'ended'
        ? 'Branch it to continue.'
        : 'Check the exercise status.',
  );
}

/**
 * The clock after `command` at wall time `now` (pure; the caller persists it). Jumping
 * moves forward only; going back is a rewind (instructors, via the rewind command).
 */
export function applyClockCommand(
  clock: ClockState,
  command: ClockCommand,
  now: number,
  length: number,
): ClockState {
  const sim = simTimeAt(clock, now, length);
  switch (command.kind) {
    case 'start':
      if (clock.status !== 'ready') wrongState('start', clock.status);
      return { ...clock, status: 'running', simAt: sim, wallAt: now };
    case 'pause':
      if (clock.status !== 'running') wrongState('pause', clock.status);
      return { ...clock, status: 'paused', simAt: sim, wallAt: now };
    case 'resume':
      if (clock.status !== 'paused') wrongState('resume', clock.status);
      return { ...clock, status: 'running', simAt: sim, wallAt: now };
    case 'speed':
      if (clock.status === 'ended') wrongState('change the speed of', clock.status);
      return { ...clock, speed: command.speed, simAt: sim, wallAt: now };
    case 'jump':
      if (clock.status === 'ended' || clock.status === 'ready') wrongState('jump', clock.status);
      if (command.to < sim)
        throw errors.unprocessable(
          'clock.jump-backwards',
          `Cannot jump back to ${command.to} ms: the exercise is at ${sim} ms.`,
          'Use rewind (instructors) to go back in sim time.',
        );
      return { ...clock, simAt: Math.min(command.to, length), wallAt: now };
    case 'end':
      if (clock.status === 'ended') wrongState('end', clock.status);
      return { ...clock, status: 'ended', simAt: sim, wallAt: now };
    default: {
      const never: never = command;
      throw new Error(`unknown clock command ${JSON.stringify(never)}`);
    }
  }
}
