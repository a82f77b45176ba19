import { Type, type Static } from '@sinclair/typebox';
import { Distribution, Id, Localized, oneOf } from './common.js';
import { ResponseKind } from './response.js';

/** Someone the trainees deal with, played by the scenario or the instructor. */
export const Counterpart = Type.Object(
  {
    id: Id,
    role: oneOf([
      'employee',
      'management',
      'vendor',
      'national-cert',
      'media',
      'regulator',
      'partner-cert',
      'legal',
    ]),
    name: Localized,
    organisation: Localized,
    replies: Type.Optional(
      Type.Array(
        Type.Object(
          {
            keywords: Type.Array(Type.String(), {
              minItems: 1,
              description: 'Any of these words in a trainee message triggers the reply',
            }),
            reply: Localized,
          },
          { additionalProperties: false },
        ),
      ),
    ),
    defaultReply: Type.Optional(Localized),
  },
  { additionalProperties: false },
);
/** A counterpart. */
export type Counterpart = Static<typeof Counterpart>;

/** What makes an inject fire. */
export const Trigger = Type.Union([
  Type.Object({ at: Distribution }, { additionalProperties: false }),
  Type.Object({ stage: Id, delay: Type.Optional(Distribution) }, { additionalProperties: false }),
  Type.Object(
    { action: ResponseKind, delay: Type.Optional(Distribution) },
    { additionalProperties: false },
  ),
]);
/** An inject trigger. */
export type Trigger = Static<typeof Trigger>;

/** A message from a counterpart during the drill. */
export const Inject = Type.Object(
  {
    id: Id,
    from: Id,
    trigger: Trigger,
    subject: Localized,
    body: Localized,
    severity: Type.Optional(oneOf(['info', 'warning', 'urgent'])),
  },
  { additionalProperties: false },
);
/** An inject. */
export type Inject = Static<typeof Inject>;
