/** What an echarts chart of a stats or timechart result needs (a plain option object). */
export interface ChartSpec {
  readonly kind: 'line' | 'bar';
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly data: readonly number[] }[];
}

function isNumberCol(rows: readonly Record<string, unknown>[], name: string): boolean {
  return (
    rows.length > 0 &&
    rows.every(
      (r) =>
        r[name] === null ||
        r[name] === undefined ||
        typeof r[name] === 'number' ||
        typeof r[name] === 'bigint',
    )
  );
}

/**
 * The chart of an aggregated result: a timechart (an `@timestamp` column) as lines, one
 * per split value; stats/top as bars of the first numeric column by the other columns.
 * Undefined when nothing numeric is there to draw.
 */
export function chartSpec(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): ChartSpec | undefined {
  const numeric = columns.filter((c) => c !== '@timestamp' && isNumberCol(rows, c));
  const labels = columns.filter((c) => c !== '@timestamp' && !numeric.includes(c));
  const value = numeric[0];
  if (!value) return undefined;
  if (columns.includes('@timestamp')) {
    const times = [...new Set(rows.map((r) => String(r['@timestamp'])))].sort();
    const split = labels[0];
    const groups = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const g = split ? String(r[split] ?? '') : value;
      const m = groups.get(g) ?? new Map<string, number>();
      m.set(String(r['@timestamp']), Number(r[value] ?? 0));
      groups.set(g, m);
    }
    const series = [...groups]
      .slice(0, 12)
      .map(([name, m]) => ({ name, data: times.map((t) => m.get(t) ?? 0) }));
    return { kind: 'line', categories: times, series };
  }
  const top = rows.slice(0, 50);
  return {
    kind: 'bar',
    categories: top.map((r) => labels.map((l) => String(r[l] ?? '')).join(' · ') || value),
    series: [{ name: value, data: top.map((r) => Number(r[value] ?? 0)) }],
  };
}
