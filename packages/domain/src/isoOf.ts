const DAY_MS = 86_400_000;
/** The largest distance from the epoch a JavaScript date can have. */
const MAX_DATE_MS = 8.64e15;
const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/**
 * The civil date (proleptic Gregorian) of a day count since 1970-01-01, without `Date`
 * (Howard Hinnant's `civil_from_days`): `YYYY-MM-DD`, and for a year outside 0000–9999 the
 * sign and six digits `Date#toISOString` writes (`+010000-01-01`, `-000001-12-31`).
 */
export function civilDate(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const year =
    y >= 0 && y <= 9999
      ? String(y).padStart(4, '0')
      : (y < 0 ? '-' : '+') + String(Math.abs(y)).padStart(6, '0');
  return `${year}-${TWO[m]}-${TWO[d]}`;
}

/** The day of the last call and its date (times come mostly in order). */
let lastDay = Number.NaN;
let lastDate = '';

/**
 * Epoch milliseconds → `YYYY-MM-DDTHH:MM:SS.sssZ`, exactly as `Date#toISOString` writes it
 * (a fraction truncated toward zero, extended years too), without `Date` and in a fraction of
 * its time: the date is kept from the previous call of the same day and the time assembled
 * from lookup tables (`toISOString` took ~1.3 µs a call when thousands of rows were
 * formatted). Throws `RangeError` outside JavaScript's dates, as `toISOString` does.
 */
export function isoOf(epochMs: number): string {
  const ms = Math.trunc(epochMs);
  if (!(Math.abs(ms) <= MAX_DATE_MS)) throw new RangeError('Invalid time value');
  const day = Math.floor(ms / DAY_MS);
  if (day !== lastDay) {
    lastDate = civilDate(day);
    lastDay = day;
  }
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const s = Math.floor(rest / 1000);
  return `${lastDate}T${TWO[h]}:${TWO[mi]}:${TWO[s]}.${THREE[rest - s * 1000]}Z`;
}
