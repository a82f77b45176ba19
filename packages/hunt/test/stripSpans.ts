/** A deep copy without `span` and `source` keys, to compare ASTs modulo positions. */
export function stripSpans(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripSpans);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => k !== 'span' && k !== 'source')
        .map(([k, x]) => [k, stripSpans(x)]),
    );
  }
  return v;
}
