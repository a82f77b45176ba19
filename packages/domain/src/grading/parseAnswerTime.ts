/** Parses a UTC offset `+07:00` / `-0530` / `Z` into minutes east of UTC. */
function offsetMinutes(text: string | undefined): number | undefined {
  if (text === undefined || text === '' || text.toUpperCase() === 'Z')
    return text === undefined ? undefined : 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!m) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

const FULL =
  /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|z|[+-]\d{2}:?\d{2})?$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses a time answer into epoch milliseconds. Accepts ISO 8601 (`2026-03-09T10:42:05Z`,
 * with an offset, or without one: then local time at `utcOffset`), `2026-03-09 10:42`, and
 * a bare clock time `10:42` taken on the day (in local time) closest to `near`.
 *
 * @param text the answer
 * @param utcOffset the organisation's offset for times written without one, e.g. `+07:00`
 * @param near epoch ms the bare clock time should be closest to (the answer key)
 */
export function parseAnswerTime(
  text: string,
  utcOffset = '+00:00',
  near?: number,
): number | undefined {
  const t = text.trim();
  const local = offsetMinutes(utcOffset) ?? 0;
  const full = FULL.exec(t);
  if (full) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0', zone] = full;
    if (
      Number(mo) < 1 ||
      Number(mo) > 12 ||
      Number(d) < 1 ||
      Number(d) > 31 ||
      Number(h) > 23 ||
      Number(mi) > 59 ||
      Number(s) > 59
    ) {
      return undefined;
    }
    const off = zone !== undefined ? offsetMinutes(zone) : local;
    if (off === undefined) return undefined;
    const utc = Date.UTC(
      Number(y),
      Number(mo) - 1,
      Number(d),
      Number(h),
      Number(mi),
      Number(s),
      Number(ms.padEnd(3, '0')),
    );
    return utc - off * 60_000;
  }
  const clock = CLOCK.exec(t);
  if (!clock || near === undefined) return undefined;
  const [, h, mi, s = '0', zone] = clock;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  const off = zone !== undefined ? offsetMinutes(zone) : local;
  if (off === undefined) return undefined;
  const dayMs = 86_400_000;
  const nearLocalDay = Math.floor((near + off * 60_000) / dayMs) * dayMs;
  const sinceMidnight = (Number(h) * 3600 + Number(mi) * 60 + Number(s)) * 1000;
  let best: number | undefined;
  for (const day of [nearLocalDay - dayMs, nearLocalDay, nearLocalDay + dayMs]) {
    const candidate = day + sinceMidnight - off * 60_000;
    if (best === undefined || Math.abs(candidate - near) < Math.abs(best - near)) best = candidate;
  }
  return best;
}
