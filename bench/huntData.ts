// Synthetic telemetry for the hunting benchmark: deterministic ECS-shaped records with
// realistic skew (a few common processes, rare domains, occasional failed logons).
import { mulberry32, type EcsEvent } from '@kunren/domain';

/** One synthetic record, flat (dotted ECS names), as a JS filter would hold it. */
export interface FlatRecord {
  readonly '@timestamp': string;
  readonly ts: number;
  readonly 'event.dataset': string;
  readonly 'event.code': string;
  readonly 'host.name': string;
  readonly 'user.name': string;
  readonly 'source.ip': string | null;
  readonly 'process.name': string | null;
  readonly 'process.executable': string | null;
  readonly 'process.command_line': string | null;
  readonly 'process.parent.name': string | null;
  readonly 'process.parent.executable': string | null;
  readonly 'dns.question.name': string | null;
  readonly 'dns.question.registered_domain': string | null;
}

/** The columns of a FlatRecord in CSV order (without `ts`). */
export const FLAT_COLUMNS = [
  '@timestamp',
  'event.dataset',
  'event.code',
  'host.name',
  'user.name',
  'source.ip',
  'process.name',
  'process.executable',
  'process.command_line',
  'process.parent.name',
  'process.parent.executable',
  'dns.question.name',
  'dns.question.registered_domain',
] as const;

const PROCESSES: readonly [string, string, number][] = [
  ['chrome.exe', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 30],
  ['msedge.exe', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', 20],
  ['svchost.exe', 'C:\\Windows\\System32\\svchost.exe', 20],
  ['OUTLOOK.EXE', 'C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE', 8],
  ['WINWORD.EXE', 'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE', 6],
  ['EXCEL.EXE', 'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE', 6],
  ['Teams.exe', 'C:\\Users\\Public\\AppData\\Local\\Microsoft\\Teams\\current\\Teams.exe', 5],
  ['conhost.exe', 'C:\\Windows\\System32\\conhost.exe', 4],
  ['cmd.exe', 'C:\\Windows\\System32\\cmd.exe', 2],
  ['powershell.exe', 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', 2],
  ['rundll32.exe', 'C:\\Windows\\System32\\rundll32.exe', 1],
  ['wmiprvse.exe', 'C:\\Windows\\System32\\wbem\\WmiPrvSE.exe', 1],
];
const PARENTS: readonly [string, string, number][] = [
  ['explorer.exe', 'C:\\Windows\\explorer.exe', 60],
  ['services.exe', 'C:\\Windows\\System32\\services.exe', 25],
  ['svchost.exe', 'C:\\Windows\\System32\\svchost.exe', 12],
  ['WINWORD.EXE', 'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE', 2],
  ['cmd.exe', 'C:\\Windows\\System32\\cmd.exe', 1],
];
const TLDS = ['com', 'net', 'org', 'go.id', 'gov.vn', 'co.jp'];

/** Picks from a weighted table with a number in [0, 1). */
function weighted<T extends readonly [string, string, number]>(table: readonly T[], r: number): T {
  const total = table.reduce((s, t) => s + t[2], 0);
  let x = r * total;
  for (const t of table) {
    x -= t[2];
    if (x < 0) return t;
  }
  return table[table.length - 1] as T;
}

const START = Date.UTC(2026, 2, 2);
const SPAN = 30 * 86_400_000;

/** `n` synthetic records in time order over 30 days, the same for the same seed. */
export function* syntheticRecords(n: number, seed = 42): Generator<FlatRecord> {
  const rnd = mulberry32(seed);
  for (let i = 0; i < n; i++) {
    const ts = START + Math.floor((i / n) * SPAN);
    const host = `ws-${String(1 + Math.floor(rnd() * 2000)).padStart(4, '0')}`;
    const user = `user${String(1 + Math.floor(rnd() * 5000)).padStart(4, '0')}`;
    const kind = rnd();
    let dataset: string;
    let code: string;
    let proc: (typeof PROCESSES)[number] | undefined;
    let parent: (typeof PARENTS)[number] | undefined;
    let sip: string | null = null;
    let qname: string | null = null;
    let reg: string | null = null;
    if (kind < 0.4) {
      dataset = 'windows.security';
      const c = rnd();
      code = c < 0.5 ? '4624' : c < 0.55 ? '4625' : c < 0.85 ? '4688' : '4634';
      if (code === '4624' || code === '4625') {
        sip = `10.${Math.floor(rnd() * 4)}.${Math.floor(rnd() * 16)}.${1 + Math.floor(rnd() * 250)}`;
      }
      if (code === '4688') {
        proc = weighted(PROCESSES, rnd());
        parent = weighted(PARENTS, rnd());
      }
    } else if (kind < 0.7) {
      dataset = 'windows.sysmon_operational';
      const c = rnd();
      code = c < 0.4 ? '1' : c < 0.8 ? '3' : '22';
      proc = weighted(PROCESSES, rnd());
      if (code === '1') parent = weighted(PARENTS, rnd());
    } else if (kind < 0.9) {
      dataset = 'zeek.dns';
      code = '';
    } else {
      dataset = 'squid.log';
      code = '';
    }
    if (dataset === 'zeek.dns' || code === '22') {
      // Most lookups go to a few thousand popular domains; one in 2,000 to a rare one.
      const rare = rnd() < 0.0005;
      const id = rare ? 100_000 + Math.floor(rnd() * 1_000_000) : Math.floor(rnd() ** 3 * 5000);
      reg = `${rare ? 'x' : 'site'}${id}.${TLDS[id % TLDS.length] as string}`;
      qname = rnd() < 0.5 ? `www.${reg}` : `cdn${id % 7}.${reg}`;
    }
    const cmd = proc
      ? proc[0] === 'powershell.exe' && rnd() < 0.3
        ? `powershell.exe -NoProfile -EncodedCommand ${(i * 2654435761).toString(36)}`
        : `"${proc[1]}" ${proc[0] === 'svchost.exe' ? '-k netsvcs -p' : ''}`.trim()
      : null;
    yield {
      '@timestamp': new Date(ts).toISOString(),
      ts,
      'event.dataset': dataset,
      'event.code': code,
      'host.name': host,
      'user.name': user,
      'source.ip': sip,
      'process.name': proc ? proc[0] : null,
      'process.executable': proc ? proc[1] : null,
      'process.command_line': cmd,
      'process.parent.name': parent ? parent[0] : null,
      'process.parent.executable': parent ? parent[1] : null,
      'dns.question.name': qname,
      'dns.question.registered_domain': reg,
    };
  }
}

/** The nested ECS document of a flat record (for the store's own ingest path). */
export function toEcs(r: FlatRecord): EcsEvent {
  const doc: Record<string, unknown> = { '@timestamp': r['@timestamp'] };
  for (const col of FLAT_COLUMNS) {
    if (col === '@timestamp') continue;
    const v = r[col];
    if (v === null || v === '') continue;
    const parts = col.split('.');
    let at = doc;
    for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
    at[parts[parts.length - 1] as string] = v;
  }
  return doc as EcsEvent;
}
