import { describe, expect, it } from 'vitest';
import { showDetection } from './sigma-fixtures/showExpr.js';

/**
 * Each row: a detection snippet (Windows Security logsource) and the filter it compiles to,
 * rendered by showExpr. Field names are mapped to ECS as Elastic's ecs_windows pipeline does.
 */
const table: readonly (readonly [string, string])[] = [
  // plain values, wildcards, escapes, null, numbers
  [
    "sel:\n  TargetUserName: 'admin'\ncondition: sel",
    'winlog.event_data.TargetUserName eq "admin"',
  ],
  ['sel:\n  EventID: 4625\ncondition: sel', 'event.code eq "4625"'],
  [
    'sel:\n  EventID:\n    - 4728\n    - 4732\ncondition: sel',
    '(event.code eq "4728" or event.code eq "4732")',
  ],
  [
    "sel:\n  ProcessName: '*\\cmd.exe'\ncondition: sel",
    'process.executable endswith "\\\\cmd.exe"',
  ],
  [
    "sel:\n  ProcessName: 'C:\\Windows\\\\*'\ncondition: sel",
    'process.executable startswith "C:\\\\Windows\\\\"',
  ],
  [
    "sel:\n  ProcessName: 'C:\\Windows\\*'\ncondition: sel",
    'process.executable eq "C:\\\\Windows*"',
  ],
  [
    "sel:\n  ProcessName: '*\\temp\\\\*'\ncondition: sel",
    'process.executable contains "\\\\temp\\\\"',
  ],
  [
    "sel:\n  ProcessName: 'C:\\\\*\\a?.exe'\ncondition: sel",
    'process.executable wildcard "C:\\\\\\\\*\\\\\\\\a?.exe"',
  ],
  [
    "sel:\n  TargetUserName: 'what\\?'\ncondition: sel",
    'winlog.event_data.TargetUserName eq "what?"',
  ],
  [
    "sel:\n  TargetUserName: 'star\\*end'\ncondition: sel",
    'winlog.event_data.TargetUserName eq "star*end"',
  ],
  [
    "sel:\n  TargetUserName: 'a\\\\\\\\b'\ncondition: sel",
    'winlog.event_data.TargetUserName eq "a\\\\\\\\b"',
  ],
  ["sel:\n  TargetUserName: ''\ncondition: sel", 'winlog.event_data.TargetUserName eq ""'],
  ['sel:\n  TargetUserName: null\ncondition: sel', 'not exists(winlog.event_data.TargetUserName)'],
  ['sel:\n  IpPort: 3389\ncondition: sel', 'source.port eq 3389'],
  ["sel:\n  IpPort: '3389'\ncondition: sel", 'source.port eq 3389'],
  // generic modifiers
  [
    "sel:\n  CommandLine|contains: 'mimikatz'\ncondition: sel",
    'process.command_line contains "mimikatz"',
  ],
  [
    "sel:\n  CommandLine|startswith: 'cmd'\ncondition: sel",
    'process.command_line startswith "cmd"',
  ],
  ["sel:\n  CommandLine|endswith: '.ps1'\ncondition: sel", 'process.command_line endswith ".ps1"'],
  ["sel:\n  CommandLine|contains: 'a*b'\ncondition: sel", 'process.command_line wildcard "*a*b*"'],
  [
    "sel:\n  CommandLine|contains|all:\n    - 'sekurlsa'\n    - 'logonpasswords'\ncondition: sel",
    '(process.command_line contains "sekurlsa" and process.command_line contains "logonpasswords")',
  ],
  [
    "sel:\n  CommandLine|contains:\n    - 'sekurlsa'\n    - 'lsadump'\ncondition: sel",
    '(process.command_line contains "sekurlsa" or process.command_line contains "lsadump")',
  ],
  [
    "sel:\n  TargetUserName|cased: 'Admin'\ncondition: sel",
    'winlog.event_data.TargetUserName eq(cased) "Admin"',
  ],
  [
    "sel:\n  TargetUserName|contains|cased: 'Adm'\ncondition: sel",
    'winlog.event_data.TargetUserName contains(cased) "Adm"',
  ],
  [
    'sel:\n  PasswordLastSet|exists: true\ncondition: sel',
    'exists(winlog.event_data.PasswordLastSet)',
  ],
  [
    'sel:\n  PasswordLastSet|exists: false\ncondition: sel',
    'not exists(winlog.event_data.PasswordLastSet)',
  ],
  [
    "sel:\n  TargetUserName|neq:\n    - 'a'\n    - 'b'\ncondition: sel",
    'not (winlog.event_data.TargetUserName eq "a" or winlog.event_data.TargetUserName eq "b")',
  ],
  // numeric
  ['sel:\n  IpPort|lt: 1024\ncondition: sel', 'source.port < 1024'],
  ['sel:\n  IpPort|lte: 1024\ncondition: sel', 'source.port <= 1024'],
  ['sel:\n  IpPort|gt: 49151\ncondition: sel', 'source.port > 49151'],
  ["sel:\n  IpPort|gte: '49152'\ncondition: sel", 'source.port >= 49152'],
  // regular expressions
  [
    "sel:\n  CommandLine|re: '-e(nc)? [A-Za-z0-9+/=]{40,}'\ncondition: sel",
    'process.command_line regex "-e(nc)? [A-Za-z0-9+/=]{40,}"',
  ],
  [
    "sel:\n  CommandLine|re|i: 'invoke-(mimikatz|kerberoast)'\ncondition: sel",
    'process.command_line regex/i "invoke-(mimikatz|kerberoast)"',
  ],
  ["sel:\n  CommandLine|re|m|s: '^a.b$'\ncondition: sel", 'process.command_line regex/ms "^a.b$"'],
  [
    "sel:\n  CommandLine|re|i|contains: 'a|b'\ncondition: sel",
    'process.command_line regex/i ".*(?:a|b).*"',
  ],
  // IP
  ["sel:\n  IpAddress|cidr: '10.0.0.0/8'\ncondition: sel", 'source.ip cidr "10.0.0.0/8"'],
  [
    "sel:\n  IpAddress|cidr:\n    - '192.168.0.0/16'\n    - 'fe80::/10'\ncondition: sel",
    '(source.ip cidr "192.168.0.0/16" or source.ip cidr "fe80::/10")',
  ],
  // encodings
  ["sel:\n  CommandLine|base64: 'cmd'\ncondition: sel", 'process.command_line eq "Y21k"'],
  [
    "sel:\n  CommandLine|base64|contains: 'http://'\ncondition: sel",
    'process.command_line contains "aHR0cDovLw=="',
  ],
  [
    "sel:\n  CommandLine|base64offset|contains: 'http://'\ncondition: sel",
    '(process.command_line contains "aHR0cDovL" or process.command_line contains "h0dHA6Ly" or process.command_line contains "odHRwOi8v")',
  ],
  [
    "sel:\n  CommandLine|wide|base64offset|contains: 'ping'\ncondition: sel",
    '(process.command_line contains "cABpAG4AZw" or process.command_line contains "AAaQBuAGcA" or process.command_line contains "wAGkAbgBnA")',
  ],
  [
    "sel:\n  CommandLine|utf16le|base64: 'cmd'\ncondition: sel",
    'process.command_line eq "YwBtAGQA"',
  ],
  [
    "sel:\n  CommandLine|utf16be|base64: 'cmd'\ncondition: sel",
    'process.command_line eq "AGMAbQBk"',
  ],
  [
    "sel:\n  CommandLine|utf16|base64: 'cmd'\ncondition: sel",
    'process.command_line eq "//5jAG0AZAA="',
  ],
  [
    "sel:\n  CommandLine|wide|contains: 'ab'\ncondition: sel",
    'process.command_line contains "a\\u0000b\\u0000"',
  ],
  // windash
  [
    "sel:\n  CommandLine|windash|contains: ' -enc '\ncondition: sel",
    '(process.command_line contains " -enc " or process.command_line contains " /enc " or process.command_line contains " –enc " or process.command_line contains " —enc " or process.command_line contains " ―enc ")',
  ],
  ["sel:\n  CommandLine|windash: 'a-b'\ncondition: sel", 'process.command_line eq "a-b"'],
  // field references
  [
    'sel:\n  TargetUserName|fieldref: SubjectUserName\ncondition: sel',
    'winlog.event_data.TargetUserName fieldref "user.name"',
  ],
  // placeholders
  [
    "sel:\n  TargetUserName|expand: '%Administrators%'\ncondition: sel",
    'error sigma.placeholder: placeholder %Administrators% has no values',
  ],
  // keywords
  [
    "keywords:\n  - 'mimikatz'\n  - '*sekurlsa*'\ncondition: keywords",
    '(text("mimikatz") or text("sekurlsa"))',
  ],
  [
    "keywords:\n  '|all':\n    - 'Oab'\n    - ' -ExternalUrl '\ncondition: keywords",
    '(text("Oab") and text(" -ExternalUrl "))',
  ],
  [
    "keywords:\n  - 'a*b'\ncondition: keywords",
    'error sigma.unsupported-value: a keyword with a wildcard inside is not supported',
  ],
  // unsupported and unknown modifiers
  [
    'sel:\n  TargetUserName|hour: 3\ncondition: sel',
    'error sigma.unsupported-modifier: the time modifier "hour" is not supported',
  ],
  [
    "sel:\n  TargetUserName|sortof: 'x'\ncondition: sel",
    'error sigma.unknown-modifier: unknown value modifier "sortof"',
  ],
  [
    "sel:\n  TargetUserName|base64: 'a*'\ncondition: sel",
    'error sigma.modifier-value: base64 encoding of a value with wildcards is not possible',
  ],
  [
    "sel:\n  IpAddress|cidr: '10.0.0.0/33'\ncondition: sel",
    'error sigma.modifier-value: "cidr" needs an unmodified IPv4 or IPv6 network such as 10.0.0.0/8',
  ],
];

describe('Sigma value modifiers compile to hunt filters', () => {
  for (const [snippet, expected] of table) {
    it(snippet.split('\n').slice(1, -1).join(' ').replace(/\s+/g, ' ').trim(), () => {
      expect(showDetection(snippet)).toBe(expected);
    });
  }

  it('TargetUserName|expand: %Administrators% with values for the placeholder', () => {
    const got = showDetection("sel:\n  TargetUserName|expand: '%Administrators%'\ncondition: sel", {
      placeholders: new Map([['Administrators', ['admin', 'root*']]]),
    });
    expect(got).toBe(
      '(winlog.event_data.TargetUserName eq "admin" or winlog.event_data.TargetUserName startswith "root")',
    );
  });

  it('Image|contains|expand: \\%plain%x% keeps the escaped percent', () => {
    const got = showDetection(
      "sel:\n  TargetUserName|contains|expand: '\\%plain%x%'\ncondition: sel",
      {
        placeholders: new Map([['x', ['1']]]),
      },
    );
    expect(got).toBe('winlog.event_data.TargetUserName contains "%plain1"');
  });
});
