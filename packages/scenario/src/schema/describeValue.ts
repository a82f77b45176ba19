/** Shows a document value in a message: strings quoted, long text cut, containers named. */
export function showValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return String(v);
}

/** The kind of a document value in words: `a number (1.5)`, `a list`, `text ("x")`. */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `text (${showValue(v)})`;
  if (typeof v === 'number') return `a number (${v})`;
  return `${String(v)}`;
}
