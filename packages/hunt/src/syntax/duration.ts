import type { Span } from '../ast.js';
import { HuntError } from '../HuntError.js';

const UNITS: readonly (readonly [string, number])[] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1_000],
  ['ms', 1],
];

/** Parses `1h`, `5m`, `30s`, `1d`, `250ms` or a plain number into milliseconds. */
export function parseDuration(text: string, span: Span): number {
  const m = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h|d)?$/.exec(text);
  const unit = m?.[2] ?? 'ms';
  const factor = UNITS.find(([u]) => u === unit)?.[1] ?? 1;
  const ms = m ? Number(m[1]) * factor : NaN;
  if (!Number.isSafeInteger(ms) || ms <= 0) {
    throw new HuntError(
      'hunt.limit',
      `invalid span "${text}"`,
      span,
      'write a positive duration such as 30s, 5m, 1h or 1d',
    );
  }
  return ms;
}

/** Formats milliseconds with the largest unit that divides them: 3600000 → `1h`. */
export function formatDuration(ms: number): string {
  for (const [unit, factor] of UNITS) {
    if (ms % factor === 0) return `${ms / factor}${unit}`;
  }
  return `${ms}ms`;
}
