import { basename } from 'node:path';
import type { JsonValue } from '@kunren/domain';

/** Zeek log names kunren maps field by field; other logs get the common mapping only. */
export const MAPPED_ZEEK_LOGS = ['conn', 'dns', 'http', 'ssl', 'files', 'notice'] as const;

/** The `event.dataset` of a Zeek log (`conn` → `zeek.connection`, as Elastic names it). */
export function zeekDataset(log: string): string {
  return log === 'conn' ? 'zeek.connection' : `zeek.${log}`;
}

/** Names of Zeek's standard logs, as file names start. */
const ZEEK_LOGS = new Set([
  'conn',
  'dns',
  'http',
  'ssl',
  'files',
  'notice',
  'weird',
  'x509',
  'smtp',
  'ssh',
  'ftp',
  'dhcp',
  'kerberos',
  'ntlm',
  'rdp',
  'smb_files',
  'smb_mapping',
  'dce_rpc',
  'sip',
  'snmp',
  'socks',
  'software',
  'tunnel',
  'pe',
  'known_hosts',
  'known_services',
  'known_certs',
  'intel',
  'syslog',
  'radius',
  'modbus',
  'dpd',
  'mysql',
  'irc',
  'signatures',
  'traceroute',
  'ocsp',
  'stats',
  'capture_loss',
  'reporter',
  'dnp3',
  'ntp',
  'quic',
  'conn_long',
]);

/** The Zeek log a file holds, by its name (`conn.log`, `dns.09:00:00-10:00:00.log`), if it says. */
export function zeekLogFromFileName(file: string): string | undefined {
  const m = /^([a-z][a-z0-9_]*?)(?:[.-]|$)/i.exec(basename(file));
  const name = m?.[1]?.toLowerCase();
  return name && ZEEK_LOGS.has(name) ? name : undefined;
}

/** The Zeek log a JSON record names in `_path` (json-streaming logs), if any. */
export function zeekLogFromPath(record: Readonly<Record<string, JsonValue>>): string | undefined {
  const path = record['_path'];
  return typeof path === 'string' && path !== '' ? path : undefined;
}

/** The Zeek log a JSON record comes from, guessed from its characteristic fields. */
export function zeekLogFromRecord(record: Readonly<Record<string, JsonValue>>): string | undefined {
  const has = (k: string): boolean => k in record;
  if (has('conn_state') || (has('proto') && has('orig_bytes'))) return 'conn';
  if (has('query') && (has('qtype') || has('qtype_name') || has('rcode'))) return 'dns';
  if (has('method') && (has('uri') || has('host'))) return 'http';
  if (has('cipher') || (has('server_name') && has('version')) || has('ja3')) return 'ssl';
  if (has('fuid') && (has('mime_type') || has('seen_bytes') || has('tx_hosts'))) return 'files';
  if (has('note') && has('msg')) return 'notice';
  return undefined;
}
