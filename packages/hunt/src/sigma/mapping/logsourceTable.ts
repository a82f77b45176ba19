/**
 * THE logsource table of kunren's Sigma support: which events a Sigma logsource means, as
 * ECS filters, and which field table translates its field names. Data only; documented in
 * docs/sigma.md. Rules whose (product, category, service) is not here are reported as
 * unsupported, never silently widened.
 */
import { zeekDatasets } from './networkFields.js';
import {
  windowsCategoryEvents,
  windowsCategoryProviders,
  windowsServiceChannels,
  windowsServiceDatasets,
} from './windowsLogsources.js';

/** Events whose fields all equal the given value (a list: any of the values). */
export type EcsSelector = Readonly<Record<string, string | readonly string[]>>;

/** The field tables of `fieldTables.ts`. */
export type FieldTableName =
  | 'windows'
  | 'zeek'
  | 'proxy'
  | 'webserver'
  | 'dns'
  | 'firewall'
  | 'fortigate'
  | 'endpoint'
  | 'ecs-only';

/** One row: a logsource, the events it selects (OR of selectors) and its field table. */
export interface LogsourceEntry {
  readonly product?: string;
  readonly category?: string;
  readonly service?: string;
  readonly select: readonly EcsSelector[];
  readonly fields: FieldTableName;
}

const windowsRows: LogsourceEntry[] = [
  ...windowsServiceDatasets.map(([service, dataset]): LogsourceEntry => ({
    product: 'windows',
    service,
    select: [{ 'event.dataset': dataset }],
    fields: 'windows',
  })),
  ...windowsServiceChannels.map(([service, channels]): LogsourceEntry => ({
    product: 'windows',
    service,
    select: [{ 'winlog.channel': channels.length === 1 ? (channels[0] ?? '') : channels }],
    fields: 'windows',
  })),
  ...windowsCategoryEvents.map(([category, sources]): LogsourceEntry => ({
    product: 'windows',
    category,
    select: sources.map((s) => ({
      'event.dataset': s.dataset,
      'event.code': s.codes.length === 1 ? (s.codes[0] ?? '') : s.codes,
    })),
    fields: 'windows',
  })),
  ...windowsCategoryProviders.map(([category, provider]): LogsourceEntry => ({
    product: 'windows',
    category,
    select: [{ 'winlog.provider_name': provider }],
    fields: 'windows',
  })),
  { product: 'windows', select: [{ 'host.os.type': 'windows' }], fields: 'windows' },
];

const zeekRows: LogsourceEntry[] = Object.entries(zeekDatasets).map(([service, datasets]) => ({
  product: 'zeek',
  service,
  select: [{ 'event.dataset': datasets.length === 1 ? (datasets[0] ?? '') : datasets }],
  fields: 'zeek',
}));

const endpointRows: LogsourceEntry[] = (['linux', 'macos'] as const).flatMap((os) => [
  {
    product: os,
    category: 'process_creation',
    select: [{ 'host.os.type': os, 'event.category': 'process', 'event.type': 'start' }],
    fields: 'endpoint',
  },
  {
    product: os,
    category: 'file_event',
    select: [{ 'host.os.type': os, 'event.category': 'file', 'event.type': 'creation' }],
    fields: 'endpoint',
  },
  {
    product: os,
    category: 'network_connection',
    select: [{ 'host.os.type': os, 'event.category': 'network' }],
    fields: 'endpoint',
  },
]);

/** Every supported logsource. */
export const logsourceTable: readonly LogsourceEntry[] = [
  ...windowsRows,
  ...zeekRows,
  ...endpointRows,
  {
    category: 'proxy',
    select: [{ 'event.dataset': ['squid.log', 'zscaler_zia.web', 'zeek.http'] }],
    fields: 'proxy',
  },
  {
    category: 'webserver',
    select: [{ 'event.dataset': ['apache.access', 'nginx.access', 'iis.access'] }],
    fields: 'webserver',
  },
  { service: 'apache', select: [{ 'event.dataset': 'apache.error' }], fields: 'webserver' },
  { service: 'nginx', select: [{ 'event.dataset': 'nginx.error' }], fields: 'webserver' },
  {
    product: 'apache',
    service: 'access',
    select: [{ 'event.dataset': 'apache.access' }],
    fields: 'webserver',
  },
  {
    product: 'apache',
    service: 'error',
    select: [{ 'event.dataset': 'apache.error' }],
    fields: 'webserver',
  },
  {
    category: 'dns',
    select: [{ 'event.dataset': ['zeek.dns', 'network_traffic.dns'] }],
    fields: 'dns',
  },
  {
    category: 'firewall',
    select: [
      {
        'event.dataset': [
          'zeek.connection',
          'zeek.conn',
          'fortinet_fortigate.log',
          'panw.panos',
          'cisco_asa.log',
          'iptables.log',
        ],
      },
    ],
    fields: 'firewall',
  },
  // kunren extension (no Sigma taxonomy entry): mail gateway message logs, ECS `email.*` fields.
  {
    category: 'email',
    select: [
      {
        'event.dataset': [
          'cisco_secure_email_gateway.log',
          'microsoft_exchange_online_message_trace.log',
        ],
      },
    ],
    fields: 'ecs-only',
  },
  {
    product: 'fortigate',
    service: 'event',
    select: [{ 'event.dataset': 'fortinet_fortigate.log' }],
    fields: 'fortigate',
  },
  ...['aaa', 'bgp', 'ldp'].map((service): LogsourceEntry => ({
    product: 'cisco',
    service,
    select: [{ 'event.dataset': 'cisco_ios.log' }],
    fields: 'ecs-only',
  })),
  ...['bgp', 'ldp'].flatMap((service): LogsourceEntry[] => [
    {
      product: 'huawei',
      service,
      select: [{ 'observer.vendor': 'Huawei' }],
      fields: 'ecs-only',
    },
    {
      product: 'juniper',
      service,
      select: [{ 'observer.vendor': 'Juniper' }],
      fields: 'ecs-only',
    },
  ]),
  ...['auth', 'sshd', 'sudo'].map((service): LogsourceEntry => ({
    product: 'linux',
    service,
    select: [{ 'event.dataset': 'system.auth' }],
    fields: 'endpoint',
  })),
  ...['syslog', 'cron'].map((service): LogsourceEntry => ({
    product: 'linux',
    service,
    select: [{ 'event.dataset': 'system.syslog' }],
    fields: 'endpoint',
  })),
  { product: 'linux', select: [{ 'host.os.type': 'linux' }], fields: 'endpoint' },
];
