/** A rubric criterion: its i18n key and maximum points. */
export interface Criterion {
  readonly key: string;
  readonly max: number;
}

/**
 * The default incident-report rubric (NIST SP 800-61 report elements), used until the
 * server serves the scenario's own rubric.
 */
export const DEFAULT_RUBRIC: readonly Criterion[] = [
  { key: 'summary', max: 10 },
  { key: 'timeline', max: 20 },
  { key: 'scope', max: 15 },
  { key: 'indicators', max: 15 },
  { key: 'techniques', max: 10 },
  { key: 'impact', max: 10 },
  { key: 'actions', max: 10 },
  { key: 'recommendations', max: 10 },
];

/** Total and maximum of a grading in progress; points clamp into 0..max. */
export function rubricTotal(
  rubric: readonly Criterion[],
  points: Readonly<Record<string, number>>,
): { total: number; max: number } {
  let total = 0;
  let max = 0;
  for (const c of rubric) {
    const p = points[c.key] ?? 0;
    total += Math.min(c.max, Math.max(0, Number.isFinite(p) ? p : 0));
    max += c.max;
  }
  return { total, max };
}
