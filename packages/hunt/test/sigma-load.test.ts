import { describe, expect, it } from 'vitest';
import { compileRule, formatSigmaError, loadSigmaText, ruleMeta } from '../src/index.js';

const rule = `title: Suspicious Encoded PowerShell
id: 11111111-2222-3333-4444-555555555555
status: test
level: high
tags:
  - attack.execution
  - attack.t1059.001
  - attack.T1027
  - car.2016-03-001
logsource:
  product: windows
  category: process_creation
detection:
  selection:
    Image|endswith: '\\powershell.exe'
    CommandLine|contains: ' -enc '
  condition: selection
`;

describe('loadSigmaText', () => {
  it('reads a rule with its metadata and ATT&CK technique ids from tags', () => {
    const r = loadSigmaText(rule, 'enc.yml');
    expect(r.errors).toEqual([]);
    const doc = r.documents[0];
    expect(doc?.kind).toBe('rule');
    if (doc?.kind !== 'rule') return;
    expect(doc.title).toBe('Suspicious Encoded PowerShell');
    expect(doc.logsource).toMatchObject({ product: 'windows', category: 'process_creation' });
    expect(ruleMeta(doc)).toEqual({
      id: '11111111-2222-3333-4444-555555555555',
      title: 'Suspicious Encoded PowerShell',
      level: 'high',
      status: 'test',
      tags: ['attack.execution', 'attack.t1059.001', 'attack.T1027', 'car.2016-03-001'],
      techniques: ['T1059.001', 'T1027'],
      file: 'enc.yml',
    });
  });

  it('keeps the line and column of each detection item', () => {
    const doc = loadSigmaText(rule, 'enc.yml').documents[0];
    if (doc?.kind !== 'rule') throw new Error('no rule');
    const items = doc.detection.searches.get('selection')?.alternatives[0] ?? [];
    expect(items.map((i) => [i.field, i.modifiers, i.position.line, i.position.column])).toEqual([
      ['Image', ['endswith'], 15, 5],
      ['CommandLine', ['contains'], 16, 5],
    ]);
    expect(rule.slice(items[1]?.span.start, items[1]?.span.end)).toBe(
      "CommandLine|contains: ' -enc '",
    );
  });

  it('reads every document of a multi-document file and reports bad ones by position', () => {
    const text = `${rule}---\ntitle: second\nlogsource: {product: windows, service: security}\ndetection:\n  sel: {EventID: 1102}\n  condition: sel\n---\nlogsource: {product: windows}\ndetection: {sel: {a: 1}, condition: sel}\n`;
    const r = loadSigmaText(text, 'multi.yml');
    expect(r.documents.map((d) => d.title)).toEqual(['Suspicious Encoded PowerShell', 'second']);
    expect(r.errors.map(formatSigmaError)).toEqual([
      'multi.yml:25:1: the rule has no title [sigma.missing-title] — add `title: <what the rule detects>`',
    ]);
  });

  it('reports YAML syntax errors with file:line:col and keeps going', () => {
    const r = loadSigmaText('title: a\nlogsource: [unclosed\n', 'bad.yml');
    expect(r.documents).toEqual([]);
    expect(r.errors[0]?.id).toBe('sigma.yaml');
    expect(r.errors[0]?.position.file).toBe('bad.yml');
    expect(r.errors[0]?.position.line).toBeGreaterThanOrEqual(2);
  });

  it('reports a nested map as a detection value', () => {
    const r = loadSigmaText(
      'title: t\nlogsource: {product: windows, service: security}\ndetection:\n  sel:\n    Field:\n      deeper: 1\n  condition: sel\n',
    );
    expect(r.errors.map((e) => [e.id, e.position.line])).toEqual([['sigma.nested-value', 6]]);
  });

  it('merges `action: global` into the following rules and repeats with `action: repeat`', () => {
    const text = `action: global
title: Service install
logsource:
  product: windows
detection:
  condition: selection
---
logsource:
  service: security
detection:
  selection:
    EventID: 4697
---
action: repeat
logsource:
  service: system
detection:
  selection:
    EventID: 7045
---
action: reset
---
title: alone
logsource: {category: proxy}
detection: {sel: {c-uri|contains: '/evil'}, condition: sel}
`;
    const r = loadSigmaText(text);
    expect(r.errors).toEqual([]);
    const summary = r.documents.map((d) =>
      d.kind === 'rule'
        ? [d.title, d.logsource.product, d.logsource.service, d.logsource.category]
        : [],
    );
    expect(summary).toEqual([
      ['Service install', 'windows', 'security', undefined],
      ['Service install', 'windows', 'system', undefined],
      ['alone', undefined, undefined, 'proxy'],
    ]);
    const compiled = r.documents.map((d) => (d.kind === 'rule' ? compileRule(d).ok : false));
    expect(compiled).toEqual([true, true, true]);
  });

  it('reads a correlation rule', () => {
    const r = loadSigmaText(`title: Many failed logons
correlation:
  type: event_count
  rules: [failed_logon]
  group-by: [TargetUserName, IpAddress]
  timespan: 10m
  condition:
    gte: 10
    lt: 1000
`);
    const doc = r.documents[0];
    expect(doc?.kind).toBe('correlation');
    if (doc?.kind !== 'correlation') return;
    expect(doc.correlation).toMatchObject({
      type: 'event_count',
      rules: ['failed_logon'],
      groupBy: ['TargetUserName', 'IpAddress'],
      timespan: { text: '10m', ms: 600_000 },
      condition: [
        { op: 'gte', value: 10 },
        { op: 'lt', value: 1000 },
      ],
      generate: false,
    });
  });

  it.each([
    ['type: sometimes', 'sigma.correlation-type'],
    [
      'type: event_count\n  rules: [a]\n  timespan: 10 minutes\n  condition: {gte: 2}',
      'sigma.correlation-timespan',
    ],
    ['type: event_count\n  rules: [a]\n  timespan: 10m', 'sigma.correlation-condition'],
    ['type: temporal\n  timespan: 10m', 'sigma.correlation-rules'],
  ])('rejects the correlation `%s` with %s', (body, id) => {
    const r = loadSigmaText(`title: c\ncorrelation:\n  ${body}\n`);
    expect(r.errors.map((e) => e.id)).toEqual([id]);
  });

  it('keeps written numbers that YAML would change (0x17, 007)', () => {
    const r = loadSigmaText(
      'title: t\nlogsource: {product: windows, service: security}\ndetection:\n  sel:\n    TicketEncryptionType: 0x17\n    Code: 007\n  condition: sel\n',
    );
    const doc = r.documents[0];
    if (doc?.kind !== 'rule') throw new Error('no rule');
    const values = doc.detection.searches
      .get('sel')
      ?.alternatives[0]?.map((i) => i.values[0]?.value);
    expect(values).toEqual(['0x17', '007']);
  });
});
