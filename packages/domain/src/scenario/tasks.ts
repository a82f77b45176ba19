import { Type, type Static } from '@sinclair/typebox';
import { Duration, Id, Localized, oneOf } from './common.js';

/** Kinds of answers a task takes; each has a validator that accepts equivalent forms. */
export const AnswerType = oneOf([
  'ip',
  'domain',
  'url',
  'hash',
  'host',
  'user',
  'email',
  'filename',
  'time',
  'technique',
  'choice',
  'number',
  'text',
]);
/** An answer type. */
export type AnswerType = Static<typeof AnswerType>;

/** A question the team answers during the drill. */
export const Task = Type.Object(
  {
    id: Id,
    title: Localized,
    question: Localized,
    phase: Type.Union(
      ['detection-analysis', 'containment', 'eradication-recovery', 'post-incident'].map((p) =>
        Type.Literal(p),
      ),
    ),
    answer: Type.Object(
      {
        type: AnswerType,
        key: Type.Array(Type.String(), {
          minItems: 1,
          description:
            'Correct answers (templates such as {{indicator.c2Domain}}). For several-valued answers every key is one part.',
        }),
        all: Type.Optional(
          Type.Boolean({
            description: 'The answer must list every key; partial credit per key found',
          }),
        ),
        tolerance: Type.Optional(
          Type.String({ description: 'For time answers: how far off is still right, e.g. 30m' }),
        ),
        choices: Type.Optional(
          Type.Array(Localized, {
            description:
              'Options for choice answers; key holds the correct option numbers (1-based)',
          }),
        ),
        rubric: Type.Optional(Localized),
      },
      { additionalProperties: false },
    ),
    points: Type.Integer({ minimum: 1 }),
    attempts: Type.Optional(Type.Integer({ minimum: 1 })),
    availableAfter: Type.Optional(Duration),
    hints: Type.Optional(
      Type.Array(
        Type.Object(
          { text: Localized, penalty: Type.Integer({ minimum: 0 }) },
          { additionalProperties: false },
        ),
      ),
    ),
    evidence: Type.Array(
      Type.Object(
        {
          query: Type.String({ description: 'A hunting query that shows the answer' }),
          note: Type.Optional(Localized),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    solution: Localized,
  },
  { additionalProperties: false },
);
/** A task. */
export type Task = Static<typeof Task>;
