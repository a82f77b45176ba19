import { isoOf } from '@kunren/domain';

export { civilDate } from '@kunren/domain';

/** ISO 8601 UTC with milliseconds, e.g. `2026-03-09T01:02:03.456Z`, from epoch ms. */
export function isoTimestamp(epochMs: number): string {
  return isoOf(epochMs);
}

/** Sysmon's `UtcTime` form, e.g. `2026-03-09 01:02:03.456`, from epoch ms. */
export function sysmonUtcTime(epochMs: number): string {
  return isoOf(epochMs).slice(0, -1).replace('T', ' ');
}
