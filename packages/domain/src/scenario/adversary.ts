import { Type, type Static } from '@sinclair/typebox';
import { Cidr, Distribution, Duration, Id, Localized, Selector, oneOf } from './common.js';
import { Step } from './activity.js';

/** How a per-team indicator is drawn from the team's seed. */
export const IndicatorTemplate = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('domain'),
      words: Type.Array(Type.String(), { minItems: 2 }),
      tlds: Type.Array(Type.String(), { minItems: 1 }),
      parts: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
      ip: Type.Optional(
        Type.String({ description: 'Indicator name of the IP this domain resolves to' }),
      ),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('ipv4'), cidrs: Type.Array(Cidr, { minItems: 1 }) },
    { additionalProperties: false },
  ),
  Type.Object({ kind: oneOf(['sha256', 'md5']) }, { additionalProperties: false }),
  Type.Object(
    { kind: Type.Literal('choice'), values: Type.Array(Type.String(), { minItems: 1 }) },
    { additionalProperties: false },
  ),
]);
/** An indicator template. */
export type IndicatorTemplate = Static<typeof IndicatorTemplate>;

/** World facts a stage can require. */
export const Condition = Type.Union([
  Type.Object(
    {
      foothold: Type.String({
        description: 'Host (template) where the adversary must have a live foothold',
      }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { credential: oneOf(['any', 'local-admin', 'domain-admin']) },
    { additionalProperties: false },
  ),
  Type.Object({ c2: Type.Literal('reachable') }, { additionalProperties: false }),
  Type.Object({ staged: Type.Literal(true) }, { additionalProperties: false }),
]);
/** A precondition. */
export type Condition = Static<typeof Condition>;

/** Changes a stage makes to the world. */
export const Effect = Type.Union([
  Type.Object(
    { foothold: Type.String({ description: 'Host (template)' }) },
    { additionalProperties: false },
  ),
  Type.Object(
    { credential: Type.String({ description: 'Username (template) whose credential is stolen' }) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      persistence: oneOf(['run-key', 'service', 'scheduled-task', 'account']),
      on: Type.String({ description: 'Host (template)' }),
      artifact: Type.String({
        description: 'Registry key, service, task or account name (template)',
      }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      malware: Type.String({ description: 'File path (template) of a dropped implant' }),
      on: Type.String(),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { staged: Type.Integer({ minimum: 1, description: 'Bytes of data staged' }) },
    { additionalProperties: false },
  ),
  Type.Object(
    { exfiltrated: Type.Literal(true), description: Type.Optional(Type.String()) },
    { additionalProperties: false },
  ),
]);
/** A world effect. */
export type Effect = Static<typeof Effect>;

/** One stage of the campaign. */
export const Stage = Type.Object(
  {
    id: Id,
    name: Localized,
    technique: Type.String({ pattern: '^T\\d{4}(\\.\\d{3})?$' }),
    after: Type.Optional(
      Type.Array(Id, { description: 'Stages that must be done first (all of them)' }),
    ),
    branch: Type.Optional(
      Type.Object(
        { group: Id, weight: Type.Number({ exclusiveMinimum: 0 }) },
        {
          additionalProperties: false,
          description: 'Stages sharing a group are alternatives: one is drawn by weight',
        },
      ),
    ),
    at: Type.Optional(Distribution),
    delay: Type.Optional(Distribution),
    target: Selector,
    requires: Type.Optional(Type.Array(Condition)),
    effects: Type.Optional(Type.Array(Effect)),
    steps: Type.Array(Step, { minItems: 1 }),
  },
  { additionalProperties: false },
);
/** A campaign stage. */
export type Stage = Static<typeof Stage>;

/** How the adversary answers the defenders. */
export const Reaction = Type.Union([
  Type.Object(
    {
      on: Type.Literal('c2-blocked'),
      do: Type.Literal('fallback-c2'),
      indicator: Type.String({ description: 'C2 indicator that gets blocked' }),
      fallback: Type.String({ description: 'Indicator switched to' }),
      delay: Distribution,
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      on: Type.Literal('host-isolated'),
      do: oneOf(['reenter-via-persistence', 'go-quiet']),
      delay: Distribution,
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      on: Type.Literal('credential-reset'),
      do: oneOf(['redump-credentials', 'go-quiet']),
      delay: Distribution,
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      on: Type.Literal('process-killed'),
      do: Type.Literal('restart-via-persistence'),
      delay: Distribution,
    },
    { additionalProperties: false },
  ),
]);
/** An adversary reaction. */
export type Reaction = Static<typeof Reaction>;

/** The adversary and its campaign. */
export const Adversary = Type.Object(
  {
    name: Type.String(),
    description: Type.Optional(Localized),
    // Every value is a template, whatever its key: a pattern-keyed record alone let a key
    // outside the pattern hold anything, and the checks after the schema then threw on it.
    // Names outside the pattern are reported by the name check, with a suggestion.
    indicators: Type.Record(Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]*$' }), IndicatorTemplate, {
      additionalProperties: IndicatorTemplate,
    }),
    stages: Type.Array(Stage, { minItems: 1 }),
    reactions: Type.Array(Reaction),
    quietFor: Type.Optional(Duration),
  },
  { additionalProperties: false },
);
/** The adversary. */
export type Adversary = Static<typeof Adversary>;
