const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses an ISO 8601 date or date-time (`2026-03-09`, `2026-03-09T10:00Z`,
 * `2026-03-09T10:00:00.123+07:00`; no zone means UTC) to epoch milliseconds, or
 * undefined when the text is not such a date. Sub-millisecond digits are dropped.
 */
export function parseIsoMs(text: string): number | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const check = new Date(t);
  if (
    check.getUTCDate() !== Number(d) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59
  )
    return undefined;
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return Number.isFinite(t) && t >= -62_135_596_800_000 && t <= 253_402_300_799_999 ? t : undefined;
}

const DAY_MS = 86_400_000;
/** The largest distance from the epoch a JavaScript date can have. */
const MAX_DATE_MS = 8.64e15;
const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
/** The day of the last call and its `YYYY-MM-DDT` (results come mostly in time order). */
let lastDay = Number.NaN;
let lastPrefix = '';

/**
 * Epoch milliseconds → `YYYY-MM-DDTHH:MM:SS.sssZ`, exactly as `Date#toISOString` writes it
 * (years outside 0000–9999 too), in a fraction of its time: the date part is kept from the
 * previous call of the same day and the time is assembled from lookup tables. Returning
 * thousands of timestamps, `toISOString` alone took ~1.3 µs each. Throws `RangeError` for a
 * time outside JavaScript's dates, as `toISOString` does.
 */
export function isoOf(ms: number): string {
  if (!Number.isInteger(ms) || Math.abs(ms) > MAX_DATE_MS) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  if (day !== lastDay) {
    const iso = new Date(day * DAY_MS).toISOString();
    lastPrefix = iso.slice(0, iso.indexOf('T') + 1);
    lastDay = day;
  }
  let r = ms - day * DAY_MS;
  const h = Math.floor(r / 3_600_000);
  r -= h * 3_600_000;
  const m = Math.floor(r / 60_000);
  r -= m * 60_000;
  const s = Math.floor(r / 1000);
  return `${lastPrefix}${TWO[h]}:${TWO[m]}:${TWO[s]}.${THREE[r - s * 1000]}Z`;
}

/** Normalises an ISO 8601 text to `YYYY-MM-DDTHH:MM:SS.sssZ`, or undefined. */
export function normalizeIso(text: string): string | undefined {
  const ms = parseIsoMs(text);
  return ms === undefined ? undefined : isoOf(ms);
}
