/** A broken variant of the fixture: the edits to make and the exact problems it must give. */
export interface BrokenCase {
  readonly title: string;
  /** [find, replace] pairs applied in order to the fixture text; each `find` must occur. */
  readonly edits: readonly (readonly [string, string])[];
  /** Text to load instead of the edited fixture. */
  readonly text?: string;
  /** Every expected problem as `id line:col: message`, in order. */
  readonly expected: readonly string[];
}

const stageAlt = `  stages:
    - id: phish-link
      name:
        en: Spear-phishing link
      technique: T1566.002
      branch: { group: entry, weight: 1 }
      target:
        department: Finance
      steps:
        - kind: clear-log
`;

/** The table of broken scenarios. */
export const brokenCases: readonly BrokenCase[] = [
  {
    title: 'unknown host in a stage target',
    edits: [
      [
        '        department: Finance\n      steps:\n        - kind: mail',
        '        host: fs-01\n      steps:\n        - kind: mail',
      ],
    ],
    expected: [
      'scenario.unknown-host 154:15: unknown host "fs-01" in stage "phish"; did you mean "fs01"?',
    ],
  },
  {
    title: 'duplicate stage id',
    edits: [['    - id: stager', '    - id: phish']],
    expected: [
      'scenario.duplicate-id 162:11: duplicate stage "phish": already defined at line 148; give each stage its own id',
      'scenario.unknown-stage 182:15: unknown stage "stager" in after of stage "beacon"; stages are: phish, beacon',
      'scenario.unknown-stage 184:17: unknown stage "stager" in target.sameAs of stage "beacon"; stages are: phish, beacon',
      'scenario.unknown-stage 186:22: unknown stage "stager" in {{stage.stager.host}} in stage "beacon"; stages are: phish, beacon',
    ],
  },
  {
    title: 'report rubric: duplicate criterion id, unknown template in its guidance',
    edits: [
      [
        '  exfiltrationPenalty: 20\n',
        `  exfiltrationPenalty: 20
  reportRubric:
    - id: timeline
      title: { en: Timeline }
      points: 10
    - id: indicators
      title: { en: Indicators }
      guidance: { en: 'Names {{indicator.c2Domian}}' }
      points: 10
    - id: timeline
      title: { en: Timeline again }
      points: 5
`,
      ],
    ],
    expected: [
      'scenario.unknown-indicator 298:30: unknown indicator "c2Domian" in {{indicator.c2Domian}} in scoring.reportRubric[1].guidance.en; did you mean "c2Domain"?',
      'scenario.duplicate-id 300:11: duplicate rubric criterion "timeline": already defined at line 293; give each rubric criterion its own id',
    ],
  },
  {
    title: 'duplicate host name',
    edits: [['    - name: fs01', '    - name: dc01']],
    expected: [
      'scenario.duplicate-id 44:13: duplicate host "dc01": already defined at line 37; give each host its own name',
      'scenario.unknown-host 80:15: unknown host "fs01" in business service "file-sharing"; hosts are: dc01, ws-01, ws-02, ws-03, ws-04',
      'scenario.unknown-host 106:15: unknown host "fs01" in background.fileShares; hosts are: dc01, ws-01, ws-02, ws-03, ws-04',
    ],
  },
  {
    title: 'host pool generating a name an explicit host has',
    edits: [['    - name: fs01', '    - name: ws-02']],
    expected: [
      'scenario.duplicate-id 53:15: host pool "ws-" generates host "ws-02", which organisation.hosts[1] already names; change the prefix or rename that host',
      'scenario.unknown-host 80:15: unknown host "fs01" in business service "file-sharing"; hosts are: dc01, ws-02, ws-01, ws-03, ws-04',
      'scenario.unknown-host 106:15: unknown host "fs01" in background.fileShares; hosts are: dc01, ws-02, ws-01, ws-03, ws-04',
    ],
  },
  {
    title: 'technique id not in ATT&CK',
    edits: [['      technique: T1059.001', '      technique: T1059.099']],
    expected: [
      'scenario.unknown-technique 165:18: technique T1059.099 in stage "stager" is not in ATT&CK Enterprise; did you mean T1059 (Command and Scripting Interpreter); its sub-techniques are T1059.001–T1059.013?',
    ],
  },
  {
    title: 'technique id not in ATT&CK, one typo from real ones',
    edits: [
      [
        'techniques: [T1566.001, T1059.001, T1071.001]',
        'techniques: [T1566.001, T1059.001, T1071.001, T1686]',
      ],
    ],
    expected: [
      'scenario.unknown-technique 17:47: technique T1686 in techniques is not in ATT&CK Enterprise; did you mean T1486 (Data Encrypted for Impact) or T1586 (Compromise Accounts) or T1606 (Forge Web Credentials)?',
    ],
  },
  {
    title: 'revoked technique',
    edits: [
      ['      technique: T1071.001', '      technique: T1002'],
      ['T1071.001]', 'T1002]'],
    ],
    expected: [
      'scenario.revoked-technique 17:36: technique T1002 (Data Compressed) in techniques is revoked in ATT&CK; use its current replacement (https://attack.mitre.org/techniques/T1002)',
      'scenario.revoked-technique 181:18: technique T1002 (Data Compressed) in stage "beacon" is revoked in ATT&CK; use its current replacement (https://attack.mitre.org/techniques/T1002)',
    ],
  },
  {
    title: 'stage technique missing from the techniques list',
    edits: [
      ['techniques: [T1566.001, T1059.001, T1071.001]', 'techniques: [T1566.001, T1071.001]'],
    ],
    expected: [
      'scenario.technique-not-listed 165:18: technique T1059.001 of stage "stager" is missing from the scenario\'s techniques list; add it there',
    ],
  },
  {
    title: 'task without an answer',
    edits: [["    answer:\n      type: host\n      key: ['{{stage.phish.host}}']\n", '']],
    expected: [
      'scenario.task-without-answer 268:5: task "first-host" has no answer; add answer: {type: …, key: [the correct answer]}',
    ],
  },
  {
    title: 'task with an empty answer key',
    edits: [["      key: ['{{stage.phish.host}}']", '      key: []']],
    expected: [
      'scenario.task-without-answer 276:12: task "first-host" has no answer key; list the correct answer in answer.key',
    ],
  },
  {
    title: 'unreachable stage: after loops',
    edits: [['      after: [phish]', '      after: [beacon]']],
    expected: [
      'scenario.stage-cycle 166:14: stage "stager" can never start: its after chain loops (stager → beacon → stager); remove one of these after entries',
      'scenario.stage-not-before 169:17: stage "stager" targets sameAs "phish", which is not sure to run before it; add "phish" to its after (directly or through another stage)',
      'scenario.stage-cycle 182:14: stage "beacon" can never start: its after chain loops (stager → beacon → stager); remove one of these after entries',
    ],
  },
  {
    title: 'unreachable stage: after names its alternative in the same branch group',
    edits: [
      ['  stages:\n', stageAlt],
      [
        '      technique: T1566.001\n',
        '      technique: T1566.001\n      branch: { group: entry, weight: 2 }\n',
      ],
      ['      after: [phish]', '      after: [phish, phish-link]'],
      ['techniques: [T1566.001,', 'techniques: [T1566.002, T1566.001,'],
    ],
    expected: [
      'scenario.unreachable-stage 176:14: stage "stager" can never start: it needs both "phish" and "phish-link", alternatives in branch group "entry" of which only one runs; depend on a stage that follows either',
      'scenario.unreachable-stage 192:14: stage "beacon" can never start: it comes after "stager", which can never start; fix "stager" first',
    ],
  },
  {
    title: 'branch group with one member',
    edits: [
      [
        '      technique: T1566.001\n',
        '      technique: T1566.001\n      branch: { group: entry, weight: 2 }\n',
      ],
    ],
    expected: [
      'scenario.single-branch 152:24: branch group "entry" has only stage "phish"; add an alternative stage to the group or remove branch',
    ],
  },
  {
    title: 'YAML syntax error',
    edits: [['  lunch:\n', '  lunch: [\n']],
    expected: ['scenario.yaml-syntax 95:5: YAML syntax: Missing , between flow sequence items'],
  },
  {
    title: 'wrong type: version as a number',
    edits: [['version: 1.0.0', 'version: 1.0']],
    expected: [
      'scenario.wrong-type 5:10: wrong type at version: expected a version such as 1.0.0, found a number (1); put it in quotes',
    ],
  },
  {
    title: 'unknown property with a did-you-mean',
    edits: [['    - name: fs01', '    - hostname: fs01']],
    expected: [
      'scenario.unknown-property 44:7: unknown property "hostname" in organisation.hosts[1]; did you mean "name"?',
    ],
  },
  {
    title: 'value not in an enumeration',
    edits: [['      role: file-server', '      role: fileserver']],
    expected: [
      'scenario.invalid-value 46:13: invalid value "fileserver" at organisation.hosts[1].role: expected one of workstation, laptop, domain-controller, file-server, mail-server, web-server, database-server, application-server, proxy, firewall, dns-server, jump-host, backup-server; did you mean "file-server"?',
    ],
  },
  {
    title: 'unknown step kind',
    edits: [['        - kind: beacon', '        - kind: beakon']],
    expected: [
      'scenario.invalid-value 188:17: invalid kind "beakon" at adversary.stages[2].steps[0]: expected one of process, connect, beacon, file, registry, image-load, process-access, remote-thread, logon, service, scheduled-task, account, clear-log, mail, web-request, stage-data, exfiltrate; did you mean "beacon"?',
    ],
  },
  {
    title: 'duration in words',
    edits: [['      every: 90m', '      every: 90 minutes']],
    expected: [
      'scenario.invalid-value 124:14: invalid value "90 minutes" at background.scheduled[0].every: expected a duration such as 90s, 15m, 2h, 3d or 1h30m',
    ],
  },
  {
    title: 'IP outside its segment',
    edits: [['      ip: 10.10.1.20', '      ip: 10.10.2.20']],
    expected: [
      'scenario.ip-outside-segment 47:11: IP 10.10.2.20 of host "fs01" is outside its segment "servers" (10.10.1.0/24); pick an address in 10.10.1.0/24 or another segment',
    ],
  },
  {
    title: 'duplicate IP',
    edits: [['      ip: 10.10.1.20', '      ip: 10.10.1.10']],
    expected: [
      'scenario.duplicate-ip 47:11: IP 10.10.1.10 of host "fs01" is already used by host "dc01"; give each host its own address',
    ],
  },
  {
    title: 'host pool running past its segment',
    edits: [['      firstIp: 10.10.0.101', '      firstIp: 10.10.0.254']],
    expected: [
      'scenario.ip-outside-segment 58:16: host pool "ws-" uses 10.10.0.254–10.10.1.1, outside its segment "office" (10.10.0.0/24); move firstIp or lower count',
    ],
  },
  {
    title: 'unknown segment of a host',
    edits: [
      [
        '      segment: servers\n      criticality: high',
        '      segment: server\n      criticality: high',
      ],
    ],
    expected: [
      'scenario.unknown-segment 48:16: unknown segment "server" for host "fs01"; did you mean "servers"?',
    ],
  },
  {
    title: 'unknown indicator in a template',
    edits: [['      en: We saw {{indicator.c2Domain}}', '      en: We saw {{indicator.c2Domian}}']],
    expected: [
      'scenario.unknown-indicator 239:18: unknown indicator "c2Domian" in {{indicator.c2Domian}} in injects[0].body.en; did you mean "c2Domain"?',
    ],
  },
  {
    title: 'unknown template variable',
    edits: [["      key: ['{{stage.phish.host}}']", "      key: ['{{stage.phish.hots}}']"]],
    expected: [
      'scenario.unknown-template 276:14: unknown template variable {{stage.phish.hots}} in tasks[1].answer.key[0]: a stage gives .host or .user, e.g. {{stage.phish.host}}',
    ],
  },
  {
    title: 'unknown indicator as a beacon C2',
    edits: [['          c2: c2Domain', '          c2: c2domain']],
    expected: [
      'scenario.unknown-indicator 190:15: unknown indicator "c2domain" in stage "beacon"; did you mean "c2Domain"?',
    ],
  },
  {
    title: 'unknown fallback indicator in a reaction',
    edits: [['      fallback: fallbackDomain', '      fallback: backupDomain']],
    expected: [
      'scenario.unknown-indicator 197:17: unknown indicator "backupDomain" in reaction 1 (c2-blocked); indicators are: c2Domain, c2Ip, dropperHash, fallbackDomain',
    ],
  },
  {
    title: 'unknown counterpart in an inject',
    edits: [['  - id: cert-tip\n    from: cert', '  - id: cert-tip\n    from: jpcert']],
    expected: [
      'scenario.unknown-counterpart 232:11: unknown counterpart "jpcert" in inject "cert-tip"; did you mean "cert"?',
    ],
  },
  {
    title: 'unknown stage in an inject trigger',
    edits: [['      stage: beacon', '      stage: beaconing']],
    expected: [
      'scenario.unknown-stage 234:14: unknown stage "beaconing" in inject "cert-tip"; did you mean "beacon"?',
    ],
  },
  {
    title: 'inject waiting for an action kind no response action has',
    edits: [['      action: isolate-host', '      action: disable-account']],
    expected: [
      'scenario.no-action-of-kind 244:15: inject "after-isolation" waits for a disable-account action, but no response action has kind disable-account; add one or change the trigger',
    ],
  },
  {
    title: 'unknown response action in the solution',
    edits: [['    action: isolate\n', '    action: isolate-host\n']],
    expected: [
      'scenario.unknown-action 297:13: unknown response action "isolate-host" in solution step 2; did you mean "isolate"?',
    ],
  },
  {
    title: 'unknown user whose credential a stage steals',
    edits: [
      [
        "        - foothold: '{{target.host}}'",
        "        - foothold: '{{target.host}}'\n        - credential: admin.bud",
      ],
    ],
    expected: [
      'scenario.unknown-user 172:23: unknown user "admin.bud" in stage "stager"; did you mean "admin.budi"?',
    ],
  },
  {
    title: 'selector no host fits',
    edits: [
      ['      hosts:\n        role: workstation', '      hosts:\n        role: database-server'],
    ],
    expected: [
      'scenario.empty-selector 123:9: no host has role database-server (scheduled job "gpupdate"); change the selector or add such a host',
    ],
  },
  {
    title: 'working hours that end before they start',
    edits: [
      [
        "        start: '08:00'\n        end: '17:00'\n  userPools",
        "        start: '18:00'\n        end: '17:00'\n  userPools",
      ],
    ],
    expected: [
      'scenario.hours-end-before-start 69:14: working hours of user "admin.budi": end 17:00 is not after start 18:00; spans over midnight are not supported, end must be later than start',
    ],
  },
  {
    title: 'uniform delay with min above max',
    edits: [['min: 5m, max: 30m', 'min: 50m, max: 30m']],
    expected: [
      'scenario.bad-distribution 167:36: uniform distribution at adversary.stages[1].delay has min 50m above max 30m; swap them',
    ],
  },
  {
    title: 'process ref that no step defines',
    edits: [['          process: ps', '          process: pwsh']],
    expected: [
      'scenario.unknown-process-ref 189:20: unknown process ref "pwsh" in stage "beacon"; process refs are: ps',
    ],
  },
  {
    title: 'indicator name with a dash',
    edits: [['    c2Ip:\n', '    c2-ip:\n']],
    expected: [
      'scenario.invalid-name 133:5: invalid indicator name "c2-ip": use letters and digits starting with a letter, such as c2Ip',
      'scenario.unknown-indicator 140:11: unknown indicator "c2Ip" in indicator "c2Domain"; did you mean "c2-ip"?',
    ],
  },
  {
    // found by the damaged-input property: the checks after the schema threw on the text value
    title: 'indicator under a bad name holding text',
    edits: [['      ip: c2Ip\n', '    (  ip: c2Ip\n']],
    expected: [
      'scenario.wrong-type 140:12: wrong type at adversary.indicators.(  ip: expected a mapping with kind: one of domain, ipv4, sha256, md5, choice, found text ("c2Ip")',
    ],
  },
  {
    title: 'country code where a language tag is meant',
    edits: [['  ja: 最小の演習', '  jp: 最小の演習']],
    expected: [
      'scenario.invalid-name 8:3: "jp" is a country code, not a language tag; did you mean "ja"?',
    ],
  },
  {
    title: 'duplicate key in a mapping',
    edits: [['difficulty: beginner', 'difficulty: beginner\ndifficulty: advanced']],
    expected: [
      'scenario.yaml-syntax 12:1: YAML syntax: duplicate key "difficulty": a mapping has each key once; remove or rename one',
    ],
  },
  {
    title: 'a number where a distribution is expected',
    edits: [['      delay: 30m\n', '      delay: 30\n']],
    expected: [
      'scenario.wrong-type 198:14: wrong type at adversary.reactions[0].delay: expected a duration such as 90s, 15m, 2h, 3d or 1h30m or a mapping with dist: one of uniform, normal, exponential, found a number (30)',
    ],
  },
  {
    title: 'misspelt key in a union (inject trigger)',
    edits: [['    trigger:\n      stage: beacon', '    trigger:\n      stag: beacon']],
    expected: [
      'scenario.unknown-property 234:7: unknown property "stag" in injects[0].trigger; did you mean "stage"?',
    ],
  },
  {
    title: 'stage requiring what no other stage establishes',
    edits: [
      [
        "        - foothold: '{{stage.stager.host}}'\n",
        "        - foothold: '{{stage.stager.host}}'\n        - credential: domain-admin\n        - staged: true\n",
      ],
    ],
    expected: [
      'scenario.unreachable-stage 187:11: stage "beacon" can never start: it requires a domain-admin credential, and no other stage steals one; add effects: [{credential: <username>}]',
      'scenario.unreachable-stage 188:11: stage "beacon" can never start: it requires staged data, and no other stage stages any; add a stage-data step or effects: [{staged: <bytes>}]',
    ],
  },
  {
    title: 'empty file',
    edits: [],
    text: '',
    expected: [
      'scenario.not-a-mapping 1:1: a scenario is a YAML mapping starting with format: kunren/scenario@1, found nothing',
    ],
  },
];
