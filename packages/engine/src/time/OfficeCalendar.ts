import { parseUtcOffset } from './parseIsoUtc.js';

const DAY = 86_400_000;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Minutes since local midnight of an `HH:MM` clock time. */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * Local calendar arithmetic for the organisation (fixed UTC offset), in integer ms: which
 * local day and weekday a sim instant falls on, and the sim instant of a local clock time.
 */
export class OfficeCalendar {
  readonly offsetMs: number;

  /**
   * @param startMs the scenario start, ms since the epoch
   * @param utcOffset the organisation's offset, e.g. `+07:00`
   * @param workdays working weekdays (`mon` … `sun`)
   */
  constructor(
    readonly startMs: number,
    utcOffset: string,
    private readonly workdays: readonly string[],
  ) {
    this.offsetMs = parseUtcOffset(utcOffset) ?? 0;
  }

  /** Local day number (days since 1970-01-01 in local time) of a sim instant. */
  localDay(simMs: number): number {
    return Math.floor((this.startMs + simMs + this.offsetMs) / DAY);
  }

  /** Minutes since local midnight of a sim instant. */
  localMinute(simMs: number): number {
    const local = this.startMs + simMs + this.offsetMs;
    return Math.floor((local - Math.floor(local / DAY) * DAY) / 60_000);
  }

  /** `mon` … `sun` of a local day. */
  weekday(localDay: number): string {
    return WEEKDAYS[(((localDay + 3) % 7) + 7) % 7] as string;
  }

  /** Whether a local day is a working day. */
  isWorkday(localDay: number): boolean {
    return this.workdays.includes(this.weekday(localDay));
  }

  /** The sim instant of a local clock time (`minute` since local midnight) on a local day. */
  simAt(localDay: number, minute: number): number {
    return localDay * DAY + minute * 60_000 - this.offsetMs - this.startMs;
  }
}
