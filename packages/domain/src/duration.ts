const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses a duration such as `90s`, `1h30m` or `3d` into milliseconds; undefined if malformed. */
export function parseDuration(text: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * (UNIT_MS[m[2] as string] as number);
    matched = re.lastIndex;
  }
  return matched === text.length && text.length > 0 ? Math.round(total) : undefined;
}

/** Parses a rate such as `6/h` into events per millisecond; undefined if malformed. */
export function parseRate(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\/(m|h|d)$/.exec(text);
  if (!m) return undefined;
  return Number(m[1]) / (UNIT_MS[m[2] as string] as number);
}

/** Formats milliseconds as a compact duration (`1h30m`, `45s`, `0s`). */
export function formatDuration(ms: number): string {
  if (ms <= 0) return '0s';
  let rest = Math.round(ms);
  let out = '';
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * size;
  }
  return out === '' ? `${rest}ms` : out;
}
