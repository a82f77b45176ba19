/** A field present in the results, with how many rows carry it. */
export interface FieldPresence {
  readonly name: string;
  readonly count: number;
}

/** The fields of `rows`, most present first, then by name. */
export function fieldPresence(rows: readonly Record<string, unknown>[]): FieldPresence[] {
  const counts = new Map<string, number>();
  for (const row of rows)
    for (const [k, v] of Object.entries(row))
      if (v !== undefined && v !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** One of the top values of a field. */
export interface TopValue {
  readonly value: unknown;
  readonly count: number;
  /** Share of the rows that have the field, 0..1. */
  readonly share: number;
}

/** The `n` commonest values of `field` in `rows` (each array element counts once). */
export function topValues(
  rows: readonly Record<string, unknown>[],
  field: string,
  n = 5,
): TopValue[] {
  const counts = new Map<string, { value: unknown; count: number }>();
  let present = 0;
  for (const row of rows) {
    const v = row[field];
    if (v === undefined || v === null) continue;
    present++;
    for (const item of Array.isArray(v) ? v : [v]) {
      const key =
        typeof item === 'object' ? JSON.stringify(item) : `${typeof item}:${String(item)}`;
      const e = counts.get(key);
      if (e) e.count++;
      else counts.set(key, { value: item, count: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)))
    .slice(0, n)
    .map((e) => ({ value: e.value, count: e.count, share: present ? e.count / present : 0 }));
}
