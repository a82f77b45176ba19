const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Parses an ISO 8601 instant (`2026-03-01T09:15:00.123Z`, a space instead of `T`, an
 * offset such as `+07:00`, up to nanosecond fractions) to epoch milliseconds (sub-millisecond
 * digits are dropped). A time without zone is UTC, as stored telemetry always is. A number
 * is taken as epoch milliseconds. Returns undefined for anything else.
 */
export function parseTimestamp(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : undefined;
  if (typeof value !== 'string') return undefined;
  // fast path: the canonical form toISOString writes (2026-03-02T09:15:00.123Z)
  if (value.length === 24 && value.charCodeAt(10) === 84 && value.charCodeAt(23) === 90) {
    const t = Date.parse(value);
    if (Number.isFinite(t) && new Date(t).getUTCDate() === Number(value.slice(8, 10))) return t;
  }
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone = 'Z'] = m;
  const ms = Number((frac + '000').slice(0, 3));
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (!Number.isFinite(t)) return undefined;
  const check = new Date(t);
  if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return undefined;
  if (zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
    t -= sign * offset * 60_000;
  }
  return t;
}

/** Epoch milliseconds as ISO 8601 UTC with milliseconds (`2026-03-01T09:15:00.123Z`). */
export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}
