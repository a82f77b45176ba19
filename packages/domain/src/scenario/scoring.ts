import { Type, type Static } from '@sinclair/typebox';
import { Duration, Localized } from './common.js';
import { ReportRubric } from './reportRubric.js';

/** How the score is computed and what the debrief says. */
export const Scoring = Type.Object(
  {
    weights: Type.Object(
      {
        tasks: Type.Number({ minimum: 0 }),
        detection: Type.Number({ minimum: 0 }),
        containment: Type.Number({ minimum: 0 }),
        impact: Type.Number({ minimum: 0 }),
        report: Type.Number({ minimum: 0 }),
      },
      { additionalProperties: false },
    ),
    detectWithin: Duration,
    containWithin: Duration,
    exfiltrationPenalty: Type.Number({
      minimum: 0,
      description: 'Impact points lost when data leaves',
    }),
    reportRubric: Type.Optional(ReportRubric),
  },
  { additionalProperties: false },
);
/** Scoring settings. */
export type Scoring = Static<typeof Scoring>;

/** One step of the reference solution the `solve` command plays. */
export const SolutionAction = Type.Object(
  {
    at: Duration,
    action: Type.String({ description: 'Response action id' }),
    target: Type.String({ description: 'Target (template)' }),
  },
  { additionalProperties: false },
);
/** A reference solution step. */
export type SolutionAction = Static<typeof SolutionAction>;

/** Debrief text for the after-action review. */
export const Debrief = Type.Object(
  { summary: Localized, lessons: Type.Array(Localized) },
  { additionalProperties: false },
);
