import { Type, type Static } from '@sinclair/typebox';
import { Id, Localized } from './common.js';

/**
 * One criterion evaluators grade an incident report on: `description` says what it looks
 * at; `guidance` is the evaluator's key (what a full-marks answer holds, with templates such
 * as `{{indicator.c2Domain}}` resolved in each team's world), never shown to trainees.
 */
export const RubricCriterion = Type.Object(
  {
    id: Id,
    title: Localized,
    description: Type.Optional(Localized),
    guidance: Type.Optional(Localized),
    points: Type.Integer({ minimum: 1, maximum: 1000, description: 'Maximum points' }),
  },
  { additionalProperties: false },
);
/** A rubric criterion. */
export type RubricCriterion = Static<typeof RubricCriterion>;

/** The incident-report rubric: criteria in the order evaluators grade them. */
export const ReportRubric = Type.Array(RubricCriterion, {
  minItems: 1,
  maxItems: 50,
  description:
    'Criteria evaluators grade the incident report on; the report score is the points given over their sum. Default: the NIST SP 800-61 report elements.',
});
/** A report rubric. */
export type ReportRubric = Static<typeof ReportRubric>;

/** The rubric of a scenario without its own: the elements of a NIST SP 800-61 incident report. */
export const DEFAULT_REPORT_RUBRIC: ReportRubric = [
  { id: 'summary', title: { en: 'Summary', ja: '概要' }, points: 10 },
  { id: 'timeline', title: { en: 'Timeline', ja: 'タイムライン' }, points: 20 },
  { id: 'affected-assets', title: { en: 'Affected assets', ja: '影響を受けた資産' }, points: 15 },
  { id: 'indicators', title: { en: 'Indicators', ja: '侵害指標' }, points: 15 },
  { id: 'techniques', title: { en: 'ATT&CK techniques', ja: 'ATT&CK 手法' }, points: 10 },
  { id: 'impact', title: { en: 'Impact', ja: '影響' }, points: 10 },
  { id: 'actions', title: { en: 'Actions taken', ja: '実施した対処' }, points: 10 },
  { id: 'recommendations', title: { en: 'Recommendations', ja: '提言' }, points: 10 },
];

/** The rubric a scenario's reports are graded on: its own, or the default. */
export function reportRubricOf(scenario: {
  readonly scoring: { readonly reportRubric?: ReportRubric | undefined };
}): ReportRubric {
  return scenario.scoring.reportRubric ?? DEFAULT_REPORT_RUBRIC;
}
