import type { EcsEvent, JsonValue } from '@kunren/domain';
import { describe, expect, it } from 'vitest';
import { evaluate, restrictToFields } from '../src/index.js';
import { compileText, ruleText } from './sigma-fixtures/showExpr.js';

/** A Windows Security event with the given ECS / event-data fields (dotted names). */
function event(fields: Record<string, JsonValue>): EcsEvent {
  const doc: Record<string, JsonValue> = {
    '@timestamp': '2026-03-09T01:00:00.000Z',
    event: { id: 'e', dataset: 'windows.security', code: '4688' },
  };
  for (const [path, value] of Object.entries(fields)) {
    const parts = path.startsWith('winlog.event_data.')
      ? ['winlog', 'event_data', path.slice('winlog.event_data.'.length)]
      : path.split('.');
    let cur = doc;
    for (const p of parts.slice(0, -1)) cur = (cur[p] ??= {}) as Record<string, JsonValue>;
    cur[parts[parts.length - 1] as string] = value;
  }
  return doc as EcsEvent;
}

const leafNames = (docs: readonly EcsEvent[]): Set<string> => {
  const out = new Set<string>();
  const walk = (v: unknown, p: string): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, p));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, p ? `${p}.${k}` : k);
    else if (p) out.add(p);
  };
  docs.forEach((d) => walk(d, ''));
  return out;
};

const range = { from: '2026-03-09T00:00:00.000Z', to: '2026-03-10T00:00:00.000Z' };
const b64 = (s: string): string => btoa(s);
const b64wide = (s: string): string => btoa([...s].map((c) => `${c}\0`).join(''));

/** [detection snippet, events it must match, events it must not match]. */
type Row = readonly [
  string,
  readonly Record<string, JsonValue>[],
  readonly Record<string, JsonValue>[],
];
const cmd = (c: string): Record<string, JsonValue> => ({ 'process.command_line': c });
const user = (u: string): Record<string, JsonValue> => ({ 'winlog.event_data.TargetUserName': u });

const table: readonly Row[] = [
  [
    "sel:\n  TargetUserName: 'admin'\ncondition: sel",
    [user('admin'), user('ADMIN')],
    [user('admin2'), {}],
  ],
  [
    "sel:\n  NewProcessName: '*\\cmd.exe'\ncondition: sel",
    [{ 'process.executable': 'C:\\Windows\\System32\\CMD.EXE' }],
    [{ 'process.executable': 'C:\\cmd.exe.bak' }],
  ],
  [
    "sel:\n  NewProcessName: 'C:\\\\*\\a?.exe'\ncondition: sel",
    [{ 'process.executable': 'C:\\Tools\\ab.exe' }],
    [{ 'process.executable': 'C:\\Tools\\abc.exe' }],
  ],
  ["sel:\n  TargetUserName: 'star\\*'\ncondition: sel", [user('star*')], [user('starfish')]],
  ['sel:\n  TargetUserName: null\ncondition: sel', [{}], [user('x')]],
  ["sel:\n  TargetUserName: ''\ncondition: sel", [user('')], [user('x')]],
  [
    "sel:\n  CommandLine|contains: 'mimikatz'\ncondition: sel",
    [cmd('C:\\t\\MimiKatz.exe "sekurlsa::x"')],
    [cmd('mimi katz')],
  ],
  [
    "sel:\n  CommandLine|startswith: 'cmd /c'\ncondition: sel",
    [cmd('CMD /C dir')],
    [cmd('x cmd /c')],
  ],
  ["sel:\n  CommandLine|endswith: '.ps1'\ncondition: sel", [cmd('a.PS1')], [cmd('a.ps1 -x')]],
  [
    "sel:\n  CommandLine|contains|all:\n    - 'sekurlsa'\n    - 'logonpasswords'\ncondition: sel",
    [cmd('sekurlsa::logonpasswords')],
    [cmd('sekurlsa::tickets')],
  ],
  ["sel:\n  TargetUserName|cased: 'Admin'\ncondition: sel", [user('Admin')], [user('admin')]],
  [
    'sel:\n  PasswordLastSet|exists: true\ncondition: sel',
    [{ 'winlog.event_data.PasswordLastSet': '-' }],
    [user('x')],
  ],
  [
    'sel:\n  PasswordLastSet|exists: false\ncondition: sel',
    [user('x')],
    [{ 'winlog.event_data.PasswordLastSet': '-' }],
  ],
  [
    "sel:\n  TargetUserName|neq:\n    - 'a'\n    - 'b'\ncondition: sel",
    [user('c')],
    [user('a'), user('B')],
  ],
  ['sel:\n  IpPort|lt: 1024\ncondition: sel', [{ 'source.port': 445 }], [{ 'source.port': 1024 }]],
  [
    'sel:\n  IpPort|gte: 49152\ncondition: sel',
    [{ 'source.port': 49152 }],
    [{ 'source.port': 49151 }],
  ],
  [
    "sel:\n  CommandLine|re: '-e(nc)? [A-Za-z0-9+/=]{20,}'\ncondition: sel",
    [cmd('powershell -enc SQBFAFgAIAAoAE4AZQB3AC0A')],
    [cmd('powershell -ENC SQBFAFgAIAAoAE4AZQB3AC0A'), cmd('-e short')],
  ],
  [
    "sel:\n  CommandLine|re|i: 'invoke-(mimikatz|kerberoast)'\ncondition: sel",
    [cmd('Invoke-Kerberoast -x')],
    [cmd('invoke-other')],
  ],
  [
    "sel:\n  IpAddress|cidr: '10.10.0.0/22'\ncondition: sel",
    [{ 'source.ip': '10.10.3.255' }],
    [{ 'source.ip': '10.10.4.1' }],
  ],
  [
    "sel:\n  CommandLine|base64offset|contains: 'http://'\ncondition: sel",
    [cmd(b64('get http://x')), cmd(b64('xget http://x')), cmd(b64('xxget http://x'))],
    [cmd(b64('https://x'))],
  ],
  [
    "sel:\n  CommandLine|wide|base64offset|contains: 'IEX'\ncondition: sel",
    [cmd(`-enc ${b64wide('IEX (x)')}`), cmd(`-enc ${b64wide('a;IEX (x)')}`)],
    [cmd(`-enc ${b64('IEX (x)')}`)],
  ],
  ["sel:\n  CommandLine|base64: 'whoami'\ncondition: sel", [cmd('d2hvYW1p')], [cmd('whoami')]],
  [
    "sel:\n  CommandLine|windash|contains: ' -enc '\ncondition: sel",
    [cmd('powershell /enc x'), cmd('powershell \u2013enc x'), cmd('powershell -ENC x')],
    [cmd('powershell enc x')],
  ],
  [
    'sel:\n  TargetUserName|fieldref: SubjectUserName\ncondition: sel',
    [{ ...user('bob'), 'user.name': 'bob' }],
    [{ ...user('bob'), 'user.name': 'alice' }],
  ],
  [
    "keywords:\n  - 'sekurlsa'\n  - 'lsadump'\ncondition: keywords",
    [cmd('x LSADUMP::sam')],
    [cmd('x')],
  ],
  [
    "keywords:\n  '|all':\n    - 'invoke'\n    - 'mimikatz'\ncondition: keywords",
    [cmd('Invoke-Mimikatz')],
    [cmd('Invoke-Other')],
  ],
  // condition forms
  [
    "sel:\n  TargetUserName: 'a'\nfilter:\n  IpAddress: '10.0.0.1'\ncondition: sel and not filter",
    [user('a'), { ...user('a'), 'source.ip': '10.0.0.2' }],
    [{ ...user('a'), 'source.ip': '10.0.0.1' }],
  ],
  [
    "sel_a:\n  TargetUserName: 'a'\nsel_b:\n  TargetUserName: 'b'\ncondition: 1 of sel_*",
    [user('a'), user('b')],
    [user('c')],
  ],
  [
    "sel_a:\n  TargetUserName|contains: 'a'\nsel_b:\n  TargetUserName|contains: 'b'\ncondition: all of sel_*",
    [user('ab')],
    [user('a')],
  ],
  [
    "sel_a:\n  TargetUserName|contains: 'a'\nsel_b:\n  TargetUserName|contains: 'b'\ncondition: 1 of them",
    [user('a')],
    [user('c')],
  ],
  [
    "sel_a:\n  TargetUserName|contains: 'a'\nsel_b:\n  TargetUserName|contains: 'b'\ncondition: all of them",
    [user('ba')],
    [user('b')],
  ],
  [
    "sel_a:\n  TargetUserName|contains: 'a'\nsel_b:\n  TargetUserName|contains: 'b'\nsel_c:\n  TargetUserName|contains: 'c'\ncondition: (sel_a or sel_b) and not sel_c",
    [user('a'), user('b')],
    [user('ac'), user('x')],
  ],
];

describe('compiled Sigma rules match what they should in the reference interpreter', () => {
  for (const [snippet, yes, no] of table) {
    it(
      snippet
        .split('\n')
        .filter((l) => !l.startsWith('condition') || l.includes(' '))
        .join(' ')
        .replace(/\s+/g, ' '),
      () => {
        const r = compileText(ruleText(snippet));
        if (!r.ok) throw new Error(r.reason);
        const events = [...yes, ...no].map((f, i) => {
          const e = event(f);
          (e.event as Record<string, JsonValue>).id = `e${i}`;
          return e;
        });
        const names = leafNames(events);
        const q = restrictToFields(r.query, (f) => names.has(f));
        const out = evaluate(q, events, { range, maxRows: 100 });
        const ids = out.rows.map((row) => (row.event as { id: string }).id).sort();
        expect(ids).toEqual(yes.map((_, i) => `e${i}`).sort());
      },
    );
  }
});
