import { isoOf } from '@kunren/domain';

/** Sysmon's `UtcTime` form, e.g. `2026-03-09 01:02:03.456`, from epoch ms. */
export function sysmonUtcTime(epochMs: number): string {
  return isoOf(epochMs).slice(0, -1).replace('T', ' ');
}
