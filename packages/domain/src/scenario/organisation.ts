import { Type, type Static } from '@sinclair/typebox';
import { Cidr, HostRole, Id, Ipv4, Localized, TimeOfDay, oneOf } from './common.js';

/** Operating systems the engine renders telemetry for. */
export const OperatingSystem = oneOf([
  'windows-10',
  'windows-11',
  'windows-server-2016',
  'windows-server-2019',
  'windows-server-2022',
  'ubuntu-22.04',
  'rhel-9',
  'fortios',
]);
/** An operating system. */
export type OperatingSystem = Static<typeof OperatingSystem>;

/** How much the organisation depends on a host or service. */
export const Criticality = oneOf(['low', 'medium', 'high', 'critical']);
/** A criticality level. */
export type Criticality = Static<typeof Criticality>;

/** A network segment. */
export const Segment = Type.Object(
  {
    id: Id,
    name: Type.String(),
    cidr: Cidr,
    zone: oneOf(['internal', 'server', 'dmz', 'management']),
  },
  { additionalProperties: false },
);
/** A network segment. */
export type Segment = Static<typeof Segment>;

/** One host written out in full. */
export const Host = Type.Object(
  {
    name: Type.String({
      pattern: '^[a-z0-9][a-z0-9-]{0,14}$',
      description: 'NetBIOS-safe host name',
    }),
    os: OperatingSystem,
    role: HostRole,
    ip: Ipv4,
    segment: Id,
    criticality: Criticality,
    department: Type.Optional(Type.String()),
    services: Type.Optional(
      Type.Array(Type.String(), {
        description: 'Listening services: smb, rdp, http, https, ldap, kerberos, dns, smtp, sql',
      }),
    ),
    software: Type.Optional(Type.Array(Type.String())),
    owner: Type.Optional(Type.String({ description: 'Username of the primary user' })),
    backup: Type.Optional(
      Type.Boolean({ description: 'A clean backup exists (restore-from-backup works)' }),
    ),
  },
  { additionalProperties: false },
);
/** One host. */
export type Host = Static<typeof Host>;

/** Many similar hosts: `<prefix><nn>` with addresses taken in order from the segment. */
export const HostPool = Type.Object(
  {
    prefix: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,10}$' }),
    count: Type.Integer({ minimum: 1, maximum: 2000 }),
    os: OperatingSystem,
    role: HostRole,
    segment: Id,
    firstIp: Ipv4,
    criticality: Criticality,
    department: Type.Optional(Type.String()),
    software: Type.Optional(Type.Array(Type.String())),
    services: Type.Optional(Type.Array(Type.String())),
  },
  { additionalProperties: false },
);
/** Many similar hosts. */
export type HostPool = Static<typeof HostPool>;

/** Privilege levels of accounts. */
export const Privileges = oneOf(['standard', 'local-admin', 'domain-admin', 'service']);
/** A privilege level. */
export type Privileges = Static<typeof Privileges>;

/** Working hours of a person. */
export const Hours = Type.Object(
  { start: TimeOfDay, end: TimeOfDay },
  { additionalProperties: false },
);

/** One user written out in full. */
export const User = Type.Object(
  {
    username: Type.String({ pattern: '^[a-z][a-z0-9._-]{1,19}$', description: 'sAMAccountName' }),
    name: Type.String(),
    department: Type.String(),
    title: Type.String(),
    privileges: Privileges,
    workstation: Type.Optional(Type.String({ description: 'Host name of the user’s workstation' })),
    hours: Type.Optional(Hours),
    email: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
/** One user. */
export type User = Static<typeof User>;

/** Many users of one department, each given the next free workstation of a host pool. */
export const UserPool = Type.Object(
  {
    department: Type.String(),
    count: Type.Integer({ minimum: 1, maximum: 5000 }),
    title: Type.String(),
    privileges: Privileges,
    workstations: Type.String({ description: 'Host pool prefix whose hosts these users sit at' }),
    hours: Type.Optional(Hours),
  },
  { additionalProperties: false },
);
/** Many users. */
export type UserPool = Static<typeof UserPool>;

/** A business service and the hosts it cannot run without. */
export const BusinessService = Type.Object(
  {
    id: Id,
    name: Localized,
    hosts: Type.Array(Type.String(), { minItems: 1 }),
    criticality: Criticality,
    users: Type.Optional(Type.Integer({ minimum: 0, description: 'People who depend on it' })),
  },
  { additionalProperties: false },
);
/** A business service. */
export type BusinessService = Static<typeof BusinessService>;

/** An outside organisation the ministry deals with. */
export const ExternalParty = Type.Object(
  {
    name: Type.String(),
    domain: Type.String(),
    ip: Type.Optional(Ipv4),
  },
  { additionalProperties: false },
);

/** The simulated organisation. */
export const Organisation = Type.Object(
  {
    name: Localized,
    domain: Type.String({ description: 'DNS and mail domain, e.g. mofa.go.example' }),
    netbios: Type.String({ pattern: '^[A-Z][A-Z0-9]{0,14}$', description: 'Windows domain name' }),
    timezone: Type.String({ description: 'IANA time zone of the office, e.g. Asia/Jakarta' }),
    utcOffset: Type.String({
      pattern: '^[+-]\\d{2}:\\d{2}$',
      description: 'Its fixed UTC offset, e.g. +07:00',
    }),
    publicIp: Ipv4,
    segments: Type.Array(Segment, { minItems: 1 }),
    hosts: Type.Array(Host),
    hostPools: Type.Optional(Type.Array(HostPool)),
    users: Type.Array(User),
    userPools: Type.Optional(Type.Array(UserPool)),
    names: Type.Optional(
      Type.Object(
        {
          given: Type.Array(Type.String(), { minItems: 1 }),
          family: Type.Array(Type.String(), { minItems: 1 }),
        },
        { additionalProperties: false, description: 'Names used to people the user pools' },
      ),
    ),
    services: Type.Array(BusinessService),
    external: Type.Object(
      {
        popularDomains: Type.Array(Type.String(), { minItems: 1 }),
        partners: Type.Array(ExternalParty),
        vendors: Type.Array(ExternalParty),
        dnsResolver: Type.Optional(Ipv4),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
/** The simulated organisation. */
export type Organisation = Static<typeof Organisation>;
