import { Type, type Static } from '@sinclair/typebox';

const Line = Type.String({ maxLength: 2000 });
const Long = Type.String({ maxLength: 20_000 });

/** The structured incident report (NIST SP 800-61 style); every field may be partial in a draft. */
export const IncidentReport = Type.Object(
  {
    summary: Type.Optional(Long),
    timeline: Type.Optional(
      Type.Array(
        Type.Object(
          { at: Type.String({ maxLength: 40, description: 'ISO 8601 time' }), what: Line },
          { additionalProperties: false },
        ),
        { maxItems: 500 },
      ),
    ),
    affectedAssets: Type.Optional(Type.Array(Line, { maxItems: 500 })),
    indicators: Type.Optional(
      Type.Array(
        Type.Object(
          { kind: Type.String({ maxLength: 40 }), value: Line },
          { additionalProperties: false },
        ),
        { maxItems: 500 },
      ),
    ),
    techniques: Type.Optional(
      Type.Array(Type.String({ pattern: '^T\\d{4}(\\.\\d{3})?$' }), { maxItems: 200 }),
    ),
    impact: Type.Optional(Long),
    actionsTaken: Type.Optional(Long),
    recommendations: Type.Optional(Long),
  },
  { additionalProperties: false },
);
/** An incident report (draft or submitted). */
export type IncidentReport = Static<typeof IncidentReport>;

/** An evaluator's grade against the scenario's rubric: points for each of its criteria. */
export const ReportGrade = Type.Object(
  {
    criteria: Type.Array(
      Type.Object(
        {
          id: Type.String({ minLength: 1, maxLength: 64, description: 'Rubric criterion id' }),
          points: Type.Number({ minimum: 0, description: "At most the criterion's points" }),
          comment: Type.Optional(Type.String({ maxLength: 4000 })),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 50 },
    ),
    comment: Type.Optional(Type.String({ maxLength: 10_000 })),
  },
  { additionalProperties: false },
);
/** A rubric grade. */
export type ReportGrade = Static<typeof ReportGrade>;
