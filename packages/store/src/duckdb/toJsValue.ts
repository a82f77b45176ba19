/**
 * Converts a value read from DuckDB (through `getRowObjectsJS`) to plain JSON-able JS:
 * BIGINT/HUGEINT → number, TIMESTAMP → ISO 8601 UTC string, lists element-wise.
 */
export function toJsValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map(toJsValue);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJsValue(v);
    return out;
  }
  return value;
}
