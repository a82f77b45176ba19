import { Type, type Static } from '@sinclair/typebox';
import { Duration, Id, Rate, Selector, TimeOfDay, oneOf } from './common.js';
import { Step } from './activity.js';

const Weekday = oneOf(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** A recurring user-driven routine: steps run by each selected user at a rate. */
export const Routine = Type.Object(
  {
    id: Id,
    actors: Selector,
    rate: Rate,
    when: oneOf(['office', 'always']),
    steps: Type.Array(Step, { minItems: 1 }),
  },
  { additionalProperties: false },
);
/** A recurring routine. */
export type Routine = Static<typeof Routine>;

/** Work that machines do on a schedule, as SYSTEM (scheduled tasks, updates, backups). */
export const Scheduled = Type.Object(
  {
    id: Id,
    hosts: Selector,
    every: Duration,
    steps: Type.Array(Step, { minItems: 1 }),
  },
  { additionalProperties: false },
);
/** Scheduled machine work. */
export type Scheduled = Static<typeof Scheduled>;

/** The organisation's ordinary life, over which the attack happens. */
export const Background = Type.Object(
  {
    workdays: Type.Array(Weekday, { minItems: 1 }),
    officeHours: Type.Object({ start: TimeOfDay, end: TimeOfDay }, { additionalProperties: false }),
    lunch: Type.Object({ start: TimeOfDay, end: TimeOfDay }, { additionalProperties: false }),
    afterHours: Type.Number({
      minimum: 0,
      maximum: 1,
      description: 'Share of people active outside office hours',
    }),
    logonFailures: Type.Number({
      minimum: 0,
      maximum: 1,
      description: 'Chance a morning logon starts with a mistyped password',
    }),
    browsing: Type.Object(
      { rate: Rate, userAgents: Type.Array(Type.String(), { minItems: 1 }) },
      { additionalProperties: false },
    ),
    mail: Type.Object(
      {
        rate: Rate,
        subjects: Type.Array(Type.String(), { minItems: 1 }),
        externalShare: Type.Number({ minimum: 0, maximum: 1 }),
      },
      { additionalProperties: false },
    ),
    fileShares: Type.Array(
      Type.Object(
        { server: Type.String(), shares: Type.Array(Type.String(), { minItems: 1 }), rate: Rate },
        { additionalProperties: false },
      ),
    ),
    webTraffic: Type.Optional(
      Type.Object(
        {
          server: Type.String(),
          rate: Rate,
          paths: Type.Array(Type.String(), { minItems: 1 }),
          userAgents: Type.Array(Type.String(), { minItems: 1 }),
        },
        { additionalProperties: false },
      ),
    ),
    routines: Type.Array(Routine),
    scheduled: Type.Array(Scheduled),
  },
  { additionalProperties: false },
);
/** The organisation's ordinary life. */
export type Background = Static<typeof Background>;
