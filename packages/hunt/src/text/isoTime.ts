import { isoOf } from '@kunren/domain';

export { isoOf };

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

/** Normalises an ISO 8601 text to `YYYY-MM-DDTHH:MM:SS.sssZ`, or undefined. */
export function normalizeIso(text: string): string | undefined {
  const ms = parseIsoMs(text);
  return ms === undefined ? undefined : isoOf(ms);
}
