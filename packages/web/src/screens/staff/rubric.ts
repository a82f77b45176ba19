import type { ReportView } from '../../api/types.js';

/** A rubric criterion as grading needs it: its id and maximum points. */
export interface Criterion {
  readonly id: string;
  readonly points: number;
}

/** Points clamped into 0..max (anything not a number counts 0). */
function clamp(p: number | undefined, max: number): number {
  return Math.min(max, Math.max(0, Number.isFinite(p) ? (p as number) : 0));
}

/** Total and maximum of a grading in progress; points clamp into 0..max. */
export function rubricTotal(
  rubric: readonly Criterion[],
  points: Readonly<Record<string, number>>,
): { total: number; max: number } {
  let total = 0;
  let max = 0;
  for (const c of rubric) {
    total += clamp(points[c.id], c.points);
    max += c.points;
  }
  return { total, max };
}

/** The body of `POST /report/grade`: every criterion of the rubric once, its points clamped. */
export function gradeBody(
  rubric: readonly Criterion[],
  points: Readonly<Record<string, number>>,
  comment: string,
): { criteria: { id: string; points: number }[]; comment?: string } {
  return {
    criteria: rubric.map((c) => ({ id: c.id, points: clamp(points[c.id], c.points) })),
    ...(comment.trim() ? { comment: comment.trim() } : {}),
  };
}

/** The points of an earlier grade by criterion id, to edit it (criteria no longer in the rubric drop out). */
export function pointsOf(
  rubric: readonly Criterion[],
  grade: ReportView['grade'],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of grade?.criteria ?? [])
    if (rubric.some((r) => r.id === c.id)) out[c.id] = c.points;
  return out;
}
