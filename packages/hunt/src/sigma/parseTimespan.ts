const unitMs: Readonly<Record<string, number>> = {
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  M: 2_592_000_000,
  y: 31_536_000_000,
};

/**
 * Parses a Sigma timespan (`30s`, `5m`, `1h`, `7d`; also `w`, `M` = 30 days, `y` = 365 days)
 * into milliseconds; undefined when the text is not one.
 */
export function parseTimespan(text: string): number | undefined {
  const m = /^\s*(\d+)\s*([smhdwMy])\s*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = unitMs[m[2] ?? ''];
  if (unit === undefined || n <= 0) return undefined;
  return n * unit;
}
