import {
  Type,
  type SchemaOptions,
  type Static,
  type TLiteral,
  type TUnion,
} from '@sinclair/typebox';

/**
 * A union of literals whose static type is the union of the values (`'a' | 'b'`), so
 * `switch` statements over it can be exhaustive.
 */
export function oneOf<const T extends readonly [string | number, ...(string | number)[]]>(
  values: T,
  options?: SchemaOptions,
): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(
    values.map((v) => Type.Literal(v)),
    options,
  ) as TUnion<TLiteral<T[number]>[]>;
}

/** A language tag such as `en`, `ja`, `id`, `vi`, `my`, `lo`, `km`. */
export const LanguageTag = Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z]{2,4})?$' });

/** Text in several languages; English is required and is the fallback. */
export const Localized = Type.Object(
  { en: Type.String({ minLength: 1, description: 'English text (required, the fallback).' }) },
  {
    additionalProperties: Type.String({ minLength: 1 }),
    description: 'Text per language tag: en (required), ja, id, vi, my, lo, km, …',
  },
);
/** Text in several languages. */
export type Localized = Static<typeof Localized>;

/** Identifier used for references inside a scenario: lowercase, digits, dashes. */
export const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64 });

/** A duration such as `90s`, `15m`, `2h`, `3d` or `1h30m`. */
export const Duration = Type.String({
  pattern: '^(\\d+(\\.\\d+)?(ms|s|m|h|d))+$',
  description: 'Duration: 90s, 15m, 2h, 3d, 1h30m',
});

/** A clock time of day `HH:MM` in the organisation's time zone. */
export const TimeOfDay = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' });

/** A rate: `6/h` (per hour), `2/d` (per day), `1/m` (per minute). */
export const Rate = Type.String({
  pattern: '^\\d+(\\.\\d+)?/(m|h|d)$',
  description: 'Rate per actor: 6/h, 2/d, 1/m',
});

/** An IPv4 address. */
export const Ipv4 = Type.String({
  pattern: '^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$',
});

/** An IPv4 CIDR block. */
export const Cidr = Type.String({
  pattern:
    '^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)/(\\d|[12]\\d|3[0-2])$',
});

/** A random delay: a fixed duration, or a distribution over durations. */
export const Distribution = Type.Union(
  [
    Duration,
    Type.Object(
      { dist: Type.Literal('uniform'), min: Duration, max: Duration },
      { additionalProperties: false },
    ),
    Type.Object(
      { dist: Type.Literal('normal'), mean: Duration, sd: Duration, min: Type.Optional(Duration) },
      { additionalProperties: false },
    ),
    Type.Object(
      { dist: Type.Literal('exponential'), mean: Duration, max: Type.Optional(Duration) },
      { additionalProperties: false },
    ),
  ],
  { description: 'A duration (fixed) or {dist: uniform|normal|exponential, …}' },
);
/** A random delay. */
export type Distribution = Static<typeof Distribution>;

/** Host roles the engine knows how to simulate. */
export const HostRole = oneOf([
  'workstation',
  'laptop',
  'domain-controller',
  'file-server',
  'mail-server',
  'web-server',
  'database-server',
  'application-server',
  'proxy',
  'firewall',
  'dns-server',
  'jump-host',
  'backup-server',
]);
/** A host role. */
export type HostRole = Static<typeof HostRole>;

/** Picks hosts or users from the organisation. All given conditions must hold. */
export const Selector = Type.Object(
  {
    host: Type.Optional(Type.String({ description: 'A host by name' })),
    user: Type.Optional(Type.String({ description: 'A user by username' })),
    role: Type.Optional(HostRole),
    department: Type.Optional(Type.String()),
    segment: Type.Optional(Id),
    privileges: Type.Optional(oneOf(['standard', 'local-admin', 'domain-admin', 'service'])),
    sameAs: Type.Optional(
      Type.String({ description: 'The target of an earlier stage: its stage id' }),
    ),
    pick: Type.Optional(
      Type.Integer({ minimum: 1, description: 'How many to pick at random (default 1)' }),
    ),
  },
  { additionalProperties: false },
);
/** Picks hosts or users. */
export type Selector = Static<typeof Selector>;
