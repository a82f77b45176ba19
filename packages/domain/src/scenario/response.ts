import { Type, type Static } from '@sinclair/typebox';
import { Duration, Id, Localized, oneOf } from './common.js';

/** The response actions the engine knows the effect of. */
export const ResponseKind = oneOf([
  'isolate-host',
  'release-host',
  'block-ip',
  'block-domain',
  'disable-account',
  'reset-password',
  'kill-process',
  'quarantine-file',
  'remove-persistence',
  'patch-host',
  'restore-from-backup',
  'collect-memory',
  'collect-disk',
  'collect-triage',
  'escalate',
  'notify',
]);
/** A response action kind. */
export type ResponseKind = Static<typeof ResponseKind>;

/** What an action targets: decides which field of the request names the target. */
export const TargetKind = Type.Union(
  ['host', 'ip', 'domain', 'user', 'process', 'file', 'persistence', 'party'].map((k) =>
    Type.Literal(k),
  ),
);
/** What an action targets. */
export type TargetKind = Static<typeof TargetKind>;

/** One response action offered to the trainees. */
export const ResponseAction = Type.Object(
  {
    id: Id,
    kind: ResponseKind,
    name: Localized,
    description: Localized,
    target: TargetKind,
    executionTime: Duration,
    cost: Type.Number({
      minimum: 0,
      description: 'Collateral-damage points charged each time it is used',
    }),
    downtimePerHour: Type.Optional(
      Type.Number({
        minimum: 0,
        description: 'Points per hour of business-service downtime it causes',
      }),
    ),
    evidence: Type.Optional(Localized),
  },
  { additionalProperties: false },
);
/** A response action. */
export type ResponseAction = Static<typeof ResponseAction>;
