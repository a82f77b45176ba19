/** Splits a query at its first pipe outside quotes: the filter and the `| …` rest. */
export function splitPipes(query: string): { filter: string; pipes: string } {
  let quoted = false;
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (c === '|' && !quoted)
      return { filter: query.slice(0, i).trim(), pipes: query.slice(i).trim() };
  }
  return { filter: query.trim(), pipes: '' };
}

/** A value written as a hunting-language literal: numbers and booleans bare, text quoted. */
export function literal(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const s = String(value);
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `field:value`, as a filter clause. */
export function clause(field: string, value: unknown): string {
  return `${field}:${literal(value)}`;
}

/**
 * The query with `field:value` added to its filter (or `not field:value` when
 * `exclude`), keeping its pipes; an `or` filter is parenthesised so the meaning holds.
 */
export function addFilter(query: string, field: string, value: unknown, exclude: boolean): string {
  const { filter, pipes } = splitPipes(query);
  const c = (exclude ? 'not ' : '') + clause(field, value);
  const base =
    filter === '' || filter === '*'
      ? c
      : /\bor\b/i.test(filter)
        ? `(${filter}) and ${c}`
        : `${filter} and ${c}`;
  return pipes ? `${base} ${pipes}` : base;
}

/** The filter part of `query` with a timechart of matching events appended. */
export function histogramQuery(query: string, spanMs: number): string {
  const { filter } = splitPipes(query);
  return `${filter} | timechart span=${spanText(spanMs)} count()`.trim();
}

/** True when the query ends in rows of events (no aggregating pipe). */
export function isEventSearch(query: string): boolean {
  const { pipes } = splitPipes(query);
  return !/\|\s*(stats|timechart|top|rare)\b/i.test(pipes);
}

const UNITS: [number, string][] = [
  [86_400_000, 'd'],
  [3_600_000, 'h'],
  [60_000, 'm'],
  [1000, 's'],
];

/** A duration as the language writes it (`5m`, `1h`, `1d`). */
export function spanText(ms: number): string {
  for (const [size, unit] of UNITS) if (ms % size === 0) return `${ms / size}${unit}`;
  return `${Math.max(1, Math.round(ms / 1000))}s`;
}

const NICE = [
  1000, 5000, 10_000, 30_000, 60_000, 300_000, 600_000, 1_800_000, 3_600_000, 10_800_000,
  21_600_000, 43_200_000, 86_400_000,
];

/** A round bucket width giving at most `buckets` bars over `rangeMs`. */
export function niceSpan(rangeMs: number, buckets = 60): number {
  const raw = rangeMs / buckets;
  return NICE.find((n) => n >= raw) ?? Math.ceil(raw / 86_400_000) * 86_400_000;
}
