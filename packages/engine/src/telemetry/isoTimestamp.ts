const DAY_MS = 86_400_000;

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

function pad3(n: number): string {
  return n < 10 ? '00' + n : n < 100 ? '0' + n : '' + n;
}

/**
 * The civil date (proleptic Gregorian) of a day count since 1970-01-01, without `Date`
 * (Howard Hinnant's `civil_from_days`). Returns `YYYY-MM-DD`.
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
  return (y < 1000 ? String(y).padStart(4, '0') : '' + y) + '-' + pad2(m) + '-' + pad2(d);
}

let cachedDay = Number.NaN;
let cachedDate = '';

/** The date part and time part of an epoch-ms instant, sharing one cached day lookup. */
function split(epochMs: number, sep: string): string {
  const ms = Math.floor(epochMs);
  const day = Math.floor(ms / DAY_MS);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDate = civilDate(day);
  }
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const s = Math.floor(rest / 1000);
  return cachedDate + sep + pad2(h) + ':' + pad2(mi) + ':' + pad2(s) + '.' + pad3(rest - s * 1000);
}

/** ISO 8601 UTC with milliseconds, e.g. `2026-03-09T01:02:03.456Z`, from epoch ms. */
export function isoTimestamp(epochMs: number): string {
  return split(epochMs, 'T') + 'Z';
}

/** Sysmon's `UtcTime` form, e.g. `2026-03-09 01:02:03.456`, from epoch ms. */
export function sysmonUtcTime(epochMs: number): string {
  return split(epochMs, ' ');
}
