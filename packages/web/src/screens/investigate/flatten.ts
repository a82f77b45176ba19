/**
 * An ECS document as dotted field names (`process.parent.name`), the way the hunting
 * language names fields. Arrays of plain values stay arrays; arrays of objects stay whole.
 */
export function flatten(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (value: unknown, path: string) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length === 0 && path) out[path] = {};
      for (const [k, v] of entries) walk(v, path ? `${path}.${k}` : k);
    } else if (path) out[path] = value;
  };
  walk(doc, '');
  return out;
}

/** A value for a table cell. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
