import type { ReportRubric } from '@kunren/domain';
import { errors } from '../http/errors.js';
import type { ReportGrade } from '../schemas/report.js';

/** A grade as stored: every criterion of the rubric with its points, the total and the maximum. */
export interface StoredGrade {
  readonly total: number;
  readonly max: number;
  readonly criteria: readonly {
    readonly id: string;
    readonly title: string;
    readonly points: number;
    readonly max: number;
    readonly comment?: string;
  }[];
  readonly comment?: string;
}

/**
 * Checks an evaluator's grade against the scenario's rubric and totals it: every criterion
 * graded once, none unknown, no points above a criterion's maximum (each a 400 that names
 * the field and the fix). The maximum is the rubric's, so the report score is its share.
 */
export function gradeAgainstRubric(rubric: ReportRubric, body: ReportGrade): StoredGrade {
  const byId = new Map(rubric.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const criteria = body.criteria.map((given, i) => {
    const criterion = byId.get(given.id);
    if (!criterion)
      throw errors.invalidRequest(
        `body/criteria/${i}/id: unknown criterion "${given.id}"; the rubric's criteria are: ${rubric.map((c) => c.id).join(', ')}.`,
      );
    if (seen.has(given.id))
      throw errors.invalidRequest(
        `body/criteria/${i}/id: criterion "${given.id}" is graded twice; give each criterion once.`,
      );
    seen.add(given.id);
    if (given.points > criterion.points)
      throw errors.invalidRequest(
        `body/criteria/${i}/points (${given.points}) is above the maximum of criterion "${given.id}" (${criterion.points}).`,
      );
    return {
      id: criterion.id,
      title: criterion.title.en,
      points: given.points,
      max: criterion.points,
      ...(given.comment ? { comment: given.comment } : {}),
    };
  });
  const missing = rubric.filter((c) => !seen.has(c.id)).map((c) => c.id);
  if (missing.length > 0)
    throw errors.invalidRequest(
      `body/criteria: grade every criterion of the rubric; missing: ${missing.join(', ')} (give 0 points where nothing earns any).`,
    );
  const ordered = rubric.map((c) => criteria.find((x) => x.id === c.id)!);
  return {
    total: ordered.reduce((s, c) => s + c.points, 0),
    max: rubric.reduce((s, c) => s + c.points, 0),
    criteria: ordered,
    ...(body.comment ? { comment: body.comment } : {}),
  };
}
