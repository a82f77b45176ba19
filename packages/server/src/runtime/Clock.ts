/** Wall-clock time, injected so tests drive it (never `sleep`). */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** The real clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock tests advance by hand. */
export class SimulatedClock implements Clock {
  constructor(private t = Date.UTC(2026, 2, 9, 9, 0, 0)) {}
  now(): number {
    return this.t;
  }
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void {
    this.t += ms;
  }
}
