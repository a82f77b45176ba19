import { describe, expect, it } from 'vitest';
import { gradeAnswer, type GradeResult, type Task } from '@kunren/domain';

type Spec = Task['answer'];

/** A table row: the answer given, the spec and keys, and the expected credit and feedback. */
interface Row {
  readonly given: string;
  readonly spec: Spec;
  readonly keys: readonly string[];
  readonly fraction: number;
  readonly feedback: GradeResult['feedbackId'];
  readonly normalised?: string;
}

const spec = (type: Spec['type'], extra: Partial<Spec> = {}): Spec => ({
  type,
  key: ['(resolved)'],
  ...extra,
});

const rows: readonly Row[] = [
  // domains
  {
    given: 'evil.com',
    spec: spec('domain'),
    keys: ['evil.com'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'EVIL.COM',
    spec: spec('domain'),
    keys: ['evil.com'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: '  evil.com.  ',
    spec: spec('domain'),
    keys: ['evil.com'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'evil[.]com',
    spec: spec('domain'),
    keys: ['evil.com'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'evil(.)com',
    spec: spec('domain'),
    keys: ['evil.com'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'evil[dot]com',
    spec: spec('domain'),
    keys: ['evil.com'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'hxxps://evil[.]com/a/b?c=1',
    spec: spec('domain'),
    keys: ['evil.com'],
    fraction: 1,
    feedback: 'grading.correct',
    normalised: 'evil.com',
  },
  {
    given: 'https://evil.com:8443/',
    spec: spec('domain'),
    keys: ['evil.com'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'www.evil.com',
    spec: spec('domain'),
    keys: ['evil.com'],
    fraction: 0,
    feedback: 'grading.wrong',
  },
  {
    given: 'good.com',
    spec: spec('domain'),
    keys: ['evil.com', 'evil.net'],
    fraction: 0,
    feedback: 'grading.wrong',
  },
  {
    given: 'evil.net',
    spec: spec('domain'),
    keys: ['evil.com', 'evil.net'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  // URLs
  {
    given: 'hxxp://evil[.]com/gate.php',
    spec: spec('url'),
    keys: ['http://evil.com/gate.php'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'HTTP://EVIL.COM/gate.php/',
    spec: spec('url'),
    keys: ['http://evil.com/gate.php'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'evil.com/gate.php',
    spec: spec('url'),
    keys: ['https://evil.com/gate.php'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'http://evil.com/GATE.php',
    spec: spec('url'),
    keys: ['http://evil.com/gate.php'],
    fraction: 0,
    feedback: 'grading.wrong',
  },
  // IPs and networks
  {
    given: '10[.]0[.]0[.]1',
    spec: spec('ip'),
    keys: ['10.0.0.1'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: '10.0.0.1/32',
    spec: spec('ip'),
    keys: ['10.0.0.1'],
    fraction: 1,
    feedback: 'grading.correct',
    normalised: '10.0.0.1',
  },
  {
    given: '198.51.100.23',
    spec: spec('ip'),
    keys: ['198.51.100.0/24'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: '198.51.100.0/24',
    spec: spec('ip'),
    keys: ['198.51.100.0/24'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: '198.51.0.0/16',
    spec: spec('ip'),
    keys: ['198.51.100.0/24'],
    fraction: 0,
    feedback: 'grading.wrong',
  },
  {
    given: '198.51.100.23:443',
    spec: spec('ip'),
    keys: ['198.51.100.23'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: '010.000.000.001',
    spec: spec('ip'),
    keys: ['10.0.0.1'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'the C2 server',
    spec: spec('ip'),
    keys: ['10.0.0.1'],
    fraction: 0,
    feedback: 'grading.unparseable',
  },
  // hashes
  {
    given: 'ABCDEF0123',
    spec: spec('hash'),
    keys: ['abcdef0123'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'sha256: abcdef0123',
    spec: spec('hash'),
    keys: ['ABCDEF0123'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  // hosts
  {
    given: 'WS-FIN-01.mof.go.example',
    spec: spec('host'),
    keys: ['ws-fin-01'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'ws-fin-01',
    spec: spec('host'),
    keys: ['WS-FIN-01.mof.go.example'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: '\\\\FS01\\finance',
    spec: spec('host'),
    keys: ['fs01'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'WS-FIN-01$',
    spec: spec('host'),
    keys: ['ws-fin-01'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'ws-fin-02',
    spec: spec('host'),
    keys: ['ws-fin-01'],
    fraction: 0,
    feedback: 'grading.wrong',
  },
  // users
  {
    given: 'MOF\\RHartono',
    spec: spec('user'),
    keys: ['rhartono'],
    fraction: 1,
    feedback: 'grading.correct',
    normalised: 'rhartono',
  },
  {
    given: 'rhartono@mof.go.example',
    spec: spec('user'),
    keys: ['rhartono'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'rhartono',
    spec: spec('user'),
    keys: ['MOF\\rhartono'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  // e-mail
  {
    given: 'HR <hr[at]evil[.]com>',
    spec: spec('email'),
    keys: ['hr@evil.com'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'mailto:hr@evil.com',
    spec: spec('email'),
    keys: ['hr@evil.com'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  // file names
  {
    given: 'C:\\Users\\budi\\Downloads\\SALARY.docm',
    spec: spec('filename'),
    keys: ['salary.docm'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'c:/windows/temp/a.exe',
    spec: spec('filename'),
    keys: ['C:\\Windows\\Temp\\a.exe'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'a.exe',
    spec: spec('filename'),
    keys: ['C:\\Windows\\Temp\\a.exe'],
    fraction: 0,
    feedback: 'grading.wrong',
  },
  // ATT&CK
  {
    given: 't1003.001',
    spec: spec('technique'),
    keys: ['T1003.001'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'T1003',
    spec: spec('technique'),
    keys: ['T1003.001'],
    fraction: 0.5,
    feedback: 'grading.parent-technique',
  },
  {
    given: 'T1003.001',
    spec: spec('technique'),
    keys: ['T1003'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'T1003.002',
    spec: spec('technique'),
    keys: ['T1003.001'],
    fraction: 0,
    feedback: 'grading.wrong',
  },
  {
    given: 'LSASS Memory',
    spec: spec('technique'),
    keys: ['T1003.001'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'OS Credential Dumping: LSASS Memory',
    spec: spec('technique'),
    keys: ['T1003.001'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'Domain Account',
    spec: spec('technique'),
    keys: ['T1087.002'],
    fraction: 0,
    feedback: 'grading.unparseable',
  },
  {
    given: 'T1003.001 - LSASS Memory',
    spec: spec('technique'),
    keys: ['T1003.001'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  // times (key in UTC; the organisation at +07:00)
  {
    given: '2026-03-09T03:42:30Z',
    spec: spec('time', { tolerance: '5m' }),
    keys: ['2026-03-09T03:40:00Z'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: '2026-03-09 10:41',
    spec: spec('time', { tolerance: '5m' }),
    keys: ['2026-03-09T03:40:00Z'],
    fraction: 1,
    feedback: 'grading.correct',
    normalised: '2026-03-09T03:41:00.000Z',
  },
  {
    given: '10:44',
    spec: spec('time', { tolerance: '5m' }),
    keys: ['2026-03-09T03:40:00Z'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: '2026-03-09T10:40:00+07:00',
    spec: spec('time'),
    keys: ['2026-03-09T03:40:00Z'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: '11:40',
    spec: spec('time', { tolerance: '30m' }),
    keys: ['2026-03-09T03:40:00Z'],
    fraction: 0,
    feedback: 'grading.outside-tolerance',
  },
  {
    given: '00:10',
    spec: spec('time', { tolerance: '30m' }),
    keys: ['2026-03-09T16:50:00Z'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'yesterday morning',
    spec: spec('time'),
    keys: ['2026-03-09T03:40:00Z'],
    fraction: 0,
    feedback: 'grading.unparseable',
  },
  // choices and numbers
  {
    given: '2',
    spec: spec('choice', { choices: [{ en: 'Yes' }, { en: 'No' }] }),
    keys: ['2'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'b)',
    spec: spec('choice', { choices: [{ en: 'Yes' }, { en: 'No' }] }),
    keys: ['2'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'no',
    spec: spec('choice', { choices: [{ en: 'Yes' }, { en: 'No' }] }),
    keys: ['2'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: '1',
    spec: spec('choice', { choices: [{ en: 'Yes' }, { en: 'No' }] }),
    keys: ['2'],
    fraction: 0,
    feedback: 'grading.wrong',
  },
  {
    given: '1, 3',
    spec: spec('choice', { all: true, choices: [{ en: 'a' }, { en: 'b' }, { en: 'c' }] }),
    keys: ['1', '3'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: '1 2',
    spec: spec('choice', { all: true, choices: [{ en: 'a' }, { en: 'b' }, { en: 'c' }] }),
    keys: ['1', '3'],
    fraction: 1 / 3,
    feedback: 'grading.partial',
  },
  {
    given: '1,024',
    spec: spec('number'),
    keys: ['1024'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: '95',
    spec: spec('number', { tolerance: '10%' }),
    keys: ['100'],
    fraction: 1,
    feedback: 'grading.correct',
  },
  {
    given: 'many',
    spec: spec('number'),
    keys: ['3'],
    fraction: 0,
    feedback: 'grading.unparseable',
  },
  // lists with partial credit
  {
    given: 'evil[.]com\nbad[.]net',
    spec: spec('domain', { all: true }),
    keys: ['evil.com', 'bad.net'],
    fraction: 1,
    feedback: 'grading.correct',
    normalised: 'evil.com, bad.net',
  },
  {
    given: 'evil.com',
    spec: spec('domain', { all: true }),
    keys: ['evil.com', 'bad.net'],
    fraction: 0.5,
    feedback: 'grading.partial',
  },
  {
    given: 'evil.com, google.com',
    spec: spec('domain', { all: true }),
    keys: ['evil.com', 'bad.net'],
    fraction: 1 / 3,
    feedback: 'grading.partial',
  },
  {
    given: 'evil.com; EVIL.com',
    spec: spec('domain', { all: true }),
    keys: ['evil.com', 'bad.net'],
    fraction: 0.5,
    feedback: 'grading.partial',
  },
  {
    given: 'ws-01, WS-02.mox.go.example',
    spec: spec('host', { all: true }),
    keys: ['ws-01', 'ws-02', 'fs01'],
    fraction: 2 / 3,
    feedback: 'grading.partial',
  },
  {
    given: 'T1003, T1021.002',
    spec: spec('technique', { all: true }),
    keys: ['T1003.001', 'T1021.002'],
    fraction: 0.75,
    feedback: 'grading.partial',
  },
  {
    given: 'google.com',
    spec: spec('domain', { all: true }),
    keys: ['evil.com'],
    fraction: 0,
    feedback: 'grading.wrong',
  },
  // empty and free text
  {
    given: '   ',
    spec: spec('domain'),
    keys: ['evil.com'],
    fraction: 0,
    feedback: 'grading.empty',
  },
  {
    given: 'We isolated the host.',
    spec: spec('text'),
    keys: ['rubric'],
    fraction: 0,
    feedback: 'grading.needs-evaluator',
  },
];

describe('gradeAnswer', () => {
  for (const r of rows) {
    const label = `${JSON.stringify(r.given)} as ${r.spec.type}${r.spec.all ? ' list' : ''} against ${r.keys.join(' | ')}`;
    it(label, () => {
      const got = gradeAnswer(r.spec, r.keys, r.given, { utcOffset: '+07:00' });
      expect(got.fraction).toBeCloseTo(r.fraction, 10);
      expect(got.feedbackId).toBe(r.feedback);
      expect(got.correct).toBe(r.fraction === 1);
      if (r.normalised !== undefined) expect(got.normalised).toBe(r.normalised);
    });
  }

  it('free text is flagged for an evaluator', () => {
    expect(gradeAnswer(spec('text'), ['x'], 'an essay').needsEvaluator).toBe(true);
  });
});
