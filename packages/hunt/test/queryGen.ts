import fc from 'fast-check';
import { EVENTS } from './fixtures/events.js';

/** Team red's events: the same shapes, other values; blue's queries must never see them. */
export const RED = EVENTS.map((e) => ({
  ...e,
  host: { name: 'red-host' },
  user: { name: 'red-user' },
}));
export const LISTS = new Map([
  ['bad_domains', ['update-check.top', 'EXAMPLE.org']],
  ['hosts', ['WS01', 'dc01']],
]);

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const caseOf = (s: string) => fc.constantFrom(s, s.toUpperCase(), s[0]?.toUpperCase() + s.slice(1));

const STRING_FIELDS = [
  'host.name',
  'process.name',
  'user.name',
  'event.dataset',
  'event.code',
  'dns.question.registered_domain',
  'process.parent.name',
  'event.outcome',
];
const VALUES = [
  'ws01',
  'ws02',
  'dc01',
  'admin',
  'powershell.exe',
  'cmd.exe',
  'winword.exe',
  'zeek.dns',
  'windows.security',
  '4688',
  '4625',
  'google.com',
  'update-check.top',
  'failure',
  'nobody',
];
const TEXT_WORDS = ['whoami', 'google', 'POWERSHELL', 'account failed', 'created', 'nothing-here'];

const leaf = fc.oneof(
  fc.tuple(pick(STRING_FIELDS), pick(VALUES).chain(caseOf)).map(([f, v]) => `${f}:"${v}"`),
  fc
    .tuple(pick(STRING_FIELDS), pick(VALUES), fc.nat(3))
    .map(
      ([f, v, n]) =>
        `${f}:${['*' + v.slice(2), v.slice(0, 3) + '*', '*' + v.slice(1, 4) + '*', v][n]}`,
    ),
  fc
    .tuple(
      pick(['process.name', 'host.name', 'dns.question.name']),
      pick(['^ws0[12]$', 'exe$', 'google\\.(com|org)', '^(cmd|powershell)\\.', '[0-9]+', 'Shell']),
    )
    .map(([f, r]) => `${f}:/${r}/`),
  fc
    .tuple(
      pick(['source.ip', 'destination.ip']),
      pick([
        '10.0.0.0/8',
        '198.51.100.0/24',
        '198.51.100.21/32',
        '0.0.0.0/0',
        '10.1.0.0/16',
        'fd00::/8',
      ]),
    )
    .map(([f, c]) => `${f}:${c}`),
  fc
    .tuple(
      pick(['source.bytes', 'source.port', 'destination.port']),
      pick(['<', '<=', '>', '>=']),
      pick([53, 80, 100, 300, 2048, 49152]),
    )
    .map(([f, op, n]) => `${f} ${op} ${n}`),
  fc
    .tuple(
      pick(['<', '>=']),
      pick(['2026-03-09T08:06:10Z', '2026-03-09T10:00:00Z', '2026-03-09T09:59:59.999+00:00']),
    )
    .map(([op, t]) => `@timestamp ${op} "${t}"`),
  fc
    .tuple(
      pick(['process.args', 'event.category']),
      pick(['-enc', '/c', 'network', 'PROCESS', 'none']),
    )
    .map(([f, v]) => `${f}:"${v}"`),
  pick([
    'user.name:*',
    'process.args:*',
    'registry.path:*',
    'threat.indicator.ip:1.2.3.4',
    'event.code:(4688 or 4625)',
    'host.name:(ws01 or dc01)',
    '*',
  ]),
  pick(TEXT_WORDS).map((w) => (w.includes(' ') ? `"${w}"` : w)),
);
const filter = fc.letrec<{ f: string }>((tie) => ({
  f: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.tuple(tie('f'), tie('f')).map(([a, b]) => `(${a} and ${b})`),
    fc.tuple(tie('f'), tie('f')).map(([a, b]) => `(${a} or ${b})`),
    tie('f').map((a) => `not ${a}`),
  ),
})).f;

const SCALARS = [
  'host.name',
  'user.name',
  'event.dataset',
  'process.name',
  'source.ip',
  'source.bytes',
  '@timestamp',
  'dns.question.registered_domain',
];
const rawCmd = fc.oneof(
  pick([
    'where source.bytes > 100',
    'where len(host.name) == 4 or isnull(host.name)',
    'where lower(process.name) == "cmd.exe"',
    'where not match(host.name:ws0*)',
    'where source.bytes % 3 == 1 or source.bytes / 7 > 40',
    'where @timestamp >= "2026-03-09T09:00:00Z"',
    'eval x = concat(host.name, "-", coalesce(user.name, "?")), y = substr(coalesce(process.name, "none"), 2, 3)',
    'eval k = if(source.bytes > 200, "big", case(source.bytes > 80, "mid", isnotnull(source.bytes), "small"))',
    'eval n = tonumber(event.code) + 1, t = strftime(@timestamp, "%H:%M %j"), h = hour(@timestamp)',
    'eval s = tostring(source.bytes / 4), r = replace(lower(coalesce(host.name, "")), "ws", "W"), a = abs(-source.bytes) - round(2.5)',
    'eval u = upper(trim(concat("  ", coalesce(process.name, "-"), "  "))), f = floor(source.bytes / 3) + ceil(source.bytes / 7)',
    'eval w = source.bytes % -7, v = -source.bytes / 0, z = round(source.bytes / 8), e = tostring(@timestamp)',
    'eval q = substr(coalesce(dns.question.name, ""), 0), p = substr(coalesce(host.name, ""), 3), o = tonumber("1e3") + tonumber(" 5"), c = tostring(isnull(user.name))',
    'where match(process.args:"-enc" or dns.question.name:*google*) or source.bytes >= 300',
    'eval t = bin(@timestamp, "15m") | where t < "2026-03-09T10:00:00Z"',
    'bin @timestamp span=30m',
    'bin source.bytes span=100 as bucket',
    'lookup bad_domains dns.question.registered_domain',
    'lookup hosts host.name',
    'rename host.name as machine',
  ]),
  fc
    .tuple(pick(SCALARS), fc.boolean(), pick(SCALARS), fc.boolean())
    .map(([a, da, b, db]) => `sort ${da ? '-' : ''}${a}, ${db ? '-' : ''}${b}`),
  fc.tuple(pick(['head', 'tail']), fc.integer({ min: 1, max: 12 })).map(([c, n]) => `${c} ${n}`),
  fc
    .subarray(['host.name', 'user.name', 'event.dataset'], { minLength: 1 })
    .map((fs) => `dedup ${fs.join(', ')}`),
);
const AGGS = [
  'count()',
  'count(user.name)',
  'dc(host.name)',
  'sum(source.bytes)',
  'avg(source.bytes)',
  'min(@timestamp)',
  'max(host.name)',
  'values(event.dataset)',
  'earliest(process.name)',
  'latest(host.name)',
];
const reshape = fc.oneof(
  fc
    .tuple(
      fc.subarray(AGGS, { minLength: 1, maxLength: 3 }),
      fc.subarray(['host.name', 'event.dataset', 'user.name'], { maxLength: 2 }),
    )
    .map(([aggs, by]) => `stats ${aggs.join(', ')}${by.length ? ` by ${by.join(', ')}` : ''}`),
  fc
    .tuple(
      pick(['top', 'rare']),
      fc.integer({ min: 1, max: 4 }),
      pick(['host.name', 'process.name', 'user.name, source.ip']),
      pick(['', ' by event.dataset']),
    )
    .map(([c, n, f, by]) => `${c} ${n} ${f}${by}`),
  fc
    .tuple(
      pick(['15m', '1h', '1d']),
      pick(['count()', 'count(), dc(host.name)', 'sum(source.bytes) as b']),
      pick(['', ' by event.dataset', ' by host.name']),
    )
    .map(([s, a, by]) => `timechart span=${s} ${a}${by}`),
  pick(['fields host.name, @timestamp, source.bytes', 'fields process.args, user.name']),
);
const after = pick([
  '',
  ' | head 3',
  ' | tail 2',
  ' | sort -count',
  ' | where count > 1',
  ' | sort host.name',
]);

/** Valid queries over the fixture: a filter, event pipes, maybe a reshaping pipe and a follow-up. */
export const queryText = fc
  .tuple(filter, fc.array(rawCmd, { maxLength: 2 }), fc.option(reshape), after)
  .map(([f, raws, r, a]) => [f, ...raws, ...(r ? [r] : [])].join(' | ') + (r ? a : ''));
