import type { Scenario } from '@kunren/domain';
import { round2 } from './round2.js';
import type { ScoreComponent } from './Score.js';
import type { ReportGrade } from './ScoreInput.js';

/** The incident report: the evaluator's rubric score (0–1) times the `report` weight. */
export function reportComponent(
  scenario: Scenario,
  report: ReportGrade | undefined,
): ScoreComponent {
  const max = scenario.scoring.weights.report;
  if (report === undefined) {
    return { id: 'report', points: 0, max, explanation: 'No graded incident report yet.' };
  }
  const score = Math.min(1, Math.max(0, Number.isFinite(report.score) ? report.score : 0));
  return {
    id: 'report',
    points: round2(max * score),
    max,
    explanation: `The evaluator graded the report ${Math.round(score * 100)}% of the rubric.`,
  };
}
