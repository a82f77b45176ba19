import { Type, type Static } from '@sinclair/typebox';
import { Distribution, Duration, oneOf } from './common.js';

/**
 * Telemetry steps: what an actor does, from which the engine renders consistent records in
 * every source that would see it (a `process` step gives Sysmon 1 and Security 4688; a
 * `connect` step gives DNS, Sysmon 3/22, firewall, proxy and IDS records that agree).
 *
 * Strings may contain templates: `{{host}}`, `{{user}}`, `{{domain}}` (the org's), `{{ip}}`,
 * `{{indicator.<name>}}`, `{{stage.<id>.host}}`, `{{stage.<id>.user}}`, `{{target.host}}`,
 * `{{target.user}}`, `{{random.hex8}}`, `{{random.int}}`, `{{popularDomain}}`,
 * `{{fileServer}}`, `{{dc}}`.
 */
const common = {
  /** Refer to this step's process later (`parent: <ref>`, `process: <ref>`). */
  ref: Type.Optional(Type.String()),
  /** Delay after the previous step. */
  after: Type.Optional(Distribution),
  /** An EDR alert raised by this step. */
  edrAlert: Type.Optional(
    Type.Object(
      {
        name: Type.String(),
        severity: oneOf(['low', 'medium', 'high', 'critical']),
        probability: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
      },
      { additionalProperties: false },
    ),
  ),
};

/** Run a program (Sysmon 1, Security 4688; Sysmon 5 is not rendered). */
export const ProcessStep = Type.Object(
  {
    kind: Type.Literal('process'),
    image: Type.String({ description: 'Full path of the executable' }),
    commandLine: Type.String(),
    parent: Type.Optional(
      Type.String({
        description:
          'A ref of an earlier step, or an image path of a running process (explorer, services, svchost, wmiprvse…)',
      }),
    ),
    user: Type.Optional(Type.String({ description: 'Username; defaults to the actor' })),
    hash: Type.Optional(
      Type.String({
        description:
          'Template for the SHA-256 (e.g. {{indicator.dropperHash}}); default: a stable hash of the image',
      }),
    ),
    integrity: Type.Optional(oneOf(['Low', 'Medium', 'High', 'System'])),
    ...common,
  },
  { additionalProperties: false },
);

/** An outbound (or internal) connection from a process (DNS, Sysmon 22/3, firewall, proxy, IDS). */
export const ConnectStep = Type.Object(
  {
    kind: Type.Literal('connect'),
    process: Type.Optional(
      Type.String({
        description: 'Ref of the process making it (default: the browser or last process)',
      }),
    ),
    domain: Type.Optional(Type.String()),
    ip: Type.Optional(
      Type.String({
        description: 'Destination IP (template); resolved from the domain when absent',
      }),
    ),
    port: Type.Integer({ minimum: 1, maximum: 65535 }),
    protocol: Type.Union(
      ['https', 'http', 'smb', 'rdp', 'ldap', 'dns', 'smtp', 'winrm', 'rpc', 'tcp'].map((p) =>
        Type.Literal(p),
      ),
    ),
    method: Type.Optional(Type.String()),
    path: Type.Optional(Type.String()),
    userAgent: Type.Optional(Type.String()),
    bytesOut: Type.Optional(Type.Integer({ minimum: 0 })),
    bytesIn: Type.Optional(Type.Integer({ minimum: 0 })),
    status: Type.Optional(Type.Integer()),
    idsSignature: Type.Optional(
      Type.String({ description: 'An IDS alert raised on this traffic' }),
    ),
    ...common,
  },
  { additionalProperties: false },
);

/** Periodic C2 check-ins with jitter, until the adversary stops or is cut off. */
export const BeaconStep = Type.Object(
  {
    kind: Type.Literal('beacon'),
    process: Type.Optional(Type.String()),
    c2: Type.String({
      description: 'Indicator name of the C2 domain; its fallback is used when blocked',
    }),
    every: Duration,
    jitter: Type.Number({ minimum: 0, maximum: 0.9 }),
    path: Type.Optional(Type.String()),
    userAgent: Type.Optional(Type.String()),
    ...common,
  },
  { additionalProperties: false },
);

/** Create, modify or delete a file (Sysmon 11). */
export const FileStep = Type.Object(
  {
    kind: Type.Literal('file'),
    path: Type.String(),
    action: oneOf(['create', 'delete']),
    process: Type.Optional(Type.String()),
    hash: Type.Optional(Type.String()),
    size: Type.Optional(Type.Integer({ minimum: 0 })),
    ...common,
  },
  { additionalProperties: false },
);

/** Set a registry value (Sysmon 13, key creation Sysmon 12). */
export const RegistryStep = Type.Object(
  {
    kind: Type.Literal('registry'),
    key: Type.String(),
    value: Type.String(),
    data: Type.String(),
    process: Type.Optional(Type.String()),
    ...common,
  },
  { additionalProperties: false },
);

/** A process loads a module (Sysmon 7). */
export const ImageLoadStep = Type.Object(
  {
    kind: Type.Literal('image-load'),
    process: Type.Optional(Type.String()),
    dll: Type.String(),
    signed: Type.Optional(Type.Boolean()),
    hash: Type.Optional(
      Type.String({
        description:
          "SHA-256 of the DLL (Sysmon 7 Hashes); give the same value as the file step that wrote it, e.g. '{{indicator.implantHash}}'",
      }),
    ),
    ...common,
  },
  { additionalProperties: false },
);

/** A process opens another (Sysmon 10), e.g. LSASS for credentials. */
export const ProcessAccessStep = Type.Object(
  {
    kind: Type.Literal('process-access'),
    process: Type.Optional(Type.String()),
    target: Type.String({
      description: 'Image path of the target process, e.g. C:\\Windows\\System32\\lsass.exe',
    }),
    grantedAccess: Type.String({ pattern: '^0x[0-9a-fA-F]+$' }),
    ...common,
  },
  { additionalProperties: false },
);

/** A process starts a thread in another (Sysmon 8). */
export const RemoteThreadStep = Type.Object(
  {
    kind: Type.Literal('remote-thread'),
    process: Type.Optional(Type.String()),
    target: Type.String(),
    ...common,
  },
  { additionalProperties: false },
);

/** A logon from the actor's host to another host (4648, 4624, 4672, 4634; Kerberos 4768/4769 on the DC; 4625/4771 when it fails). */
export const LogonStep = Type.Object(
  {
    kind: Type.Literal('logon'),
    to: Type.String({ description: 'Target host (template)' }),
    user: Type.Optional(Type.String({ description: 'Account used (template); default the actor' })),
    type: oneOf([2, 3, 10], { description: '2 interactive, 3 network, 10 RDP' }),
    auth: Type.Optional(oneOf(['kerberos', 'ntlm'])),
    fail: Type.Optional(Type.Boolean()),
    duration: Type.Optional(Distribution),
    ...common,
  },
  { additionalProperties: false },
);

/** Install a service (4697 in Security; 7045 is not rendered). */
export const ServiceStep = Type.Object(
  {
    kind: Type.Literal('service'),
    on: Type.Optional(Type.String({ description: 'Host (template); default the actor host' })),
    name: Type.String(),
    image: Type.String(),
    ...common,
  },
  { additionalProperties: false },
);

/** Register a scheduled task (4698). */
export const TaskStep = Type.Object(
  {
    kind: Type.Literal('scheduled-task'),
    on: Type.Optional(Type.String()),
    name: Type.String(),
    command: Type.String(),
    ...common,
  },
  { additionalProperties: false },
);

/** Create an account (4720), optionally add it to a group (4728 global / 4732 local). */
export const AccountStep = Type.Object(
  {
    kind: Type.Literal('account'),
    action: oneOf(['create', 'add-to-group']),
    user: Type.String(),
    group: Type.Optional(Type.String()),
    groupScope: Type.Optional(oneOf(['global', 'local'])),
    ...common,
  },
  { additionalProperties: false },
);

/** Clear the Security log (1102). */
export const ClearLogStep = Type.Object(
  { kind: Type.Literal('clear-log'), ...common },
  { additionalProperties: false },
);

/** A mail through the gateway. */
export const MailStep = Type.Object(
  {
    kind: Type.Literal('mail'),
    from: Type.String(),
    to: Type.Optional(
      Type.String({ description: 'Recipient address (template); default the actor' }),
    ),
    subject: Type.String(),
    attachment: Type.Optional(
      Type.Object(
        {
          name: Type.String(),
          hash: Type.Optional(Type.String()),
          size: Type.Optional(Type.Integer()),
        },
        { additionalProperties: false },
      ),
    ),
    url: Type.Optional(Type.String()),
    senderIp: Type.Optional(Type.String()),
    direction: Type.Optional(oneOf(['inbound', 'outbound', 'internal'])),
    ...common,
  },
  { additionalProperties: false },
);

/** A request from outside to the organisation's web server (access log, IDS). */
export const WebRequestStep = Type.Object(
  {
    kind: Type.Literal('web-request'),
    server: Type.String({ description: 'Web server host name' }),
    sourceIp: Type.String(),
    method: Type.String(),
    path: Type.String(),
    status: Type.Integer(),
    userAgent: Type.String(),
    bytes: Type.Optional(Type.Integer()),
    idsSignature: Type.Optional(Type.String()),
    ...common,
  },
  { additionalProperties: false },
);

/** Copy data to a staging place and grow the staged volume (file events, SMB). */
export const StageDataStep = Type.Object(
  {
    kind: Type.Literal('stage-data'),
    from: Type.String({ description: 'Host the data is read from (template)' }),
    path: Type.String({ description: 'Staging path' }),
    files: Type.Integer({ minimum: 1 }),
    bytes: Type.Integer({ minimum: 1 }),
    process: Type.Optional(Type.String()),
    ...common,
  },
  { additionalProperties: false },
);

/** Send staged data out in chunks over the current C2 (proxy, firewall, IDS). */
export const ExfilStep = Type.Object(
  {
    kind: Type.Literal('exfiltrate'),
    c2: Type.String({ description: 'Indicator name of the destination domain' }),
    chunks: Type.Integer({ minimum: 1 }),
    every: Duration,
    process: Type.Optional(Type.String()),
    path: Type.Optional(Type.String()),
    idsSignature: Type.Optional(Type.String()),
    ...common,
  },
  { additionalProperties: false },
);

/** One telemetry step. */
export const Step = Type.Union([
  ProcessStep,
  ConnectStep,
  BeaconStep,
  FileStep,
  RegistryStep,
  ImageLoadStep,
  ProcessAccessStep,
  RemoteThreadStep,
  LogonStep,
  ServiceStep,
  TaskStep,
  AccountStep,
  ClearLogStep,
  MailStep,
  WebRequestStep,
  StageDataStep,
  ExfilStep,
]);
/** One telemetry step. */
export type Step = Static<typeof Step>;
