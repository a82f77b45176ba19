import { describe, expect, it } from 'vitest';
import { loadSigmaText, compileDocuments, restrictToFields } from '../src/index.js';
import { compileText, ruleText, showExpr } from './sigma-fixtures/showExpr.js';

const has = (fields: string[]) => (f: string) => fields.includes(f);

describe('restrictToFields: matches on fields the data lacks are false, their negations true', () => {
  const cases: readonly (readonly [string, string[], string])[] = [
    ["sel:\n  TargetUserName: 'a'\ncondition: sel", ['event.dataset'], 'not *'],
    [
      "sel:\n  TargetUserName: 'a'\nfilter:\n  IpAddress: '10.0.0.1'\ncondition: sel and not filter",
      ['event.dataset', 'winlog.event_data.TargetUserName'],
      '(event.dataset eq "windows.security" and winlog.event_data.TargetUserName eq "a")',
    ],
    [
      "sel:\n  - TargetUserName: 'a'\n  - IpAddress: '10.0.0.1'\ncondition: sel",
      ['event.dataset', 'source.ip'],
      '(event.dataset eq "windows.security" and source.ip eq "10.0.0.1")',
    ],
    [
      'sel:\n  TargetUserName: null\ncondition: sel',
      ['event.dataset'],
      'event.dataset eq "windows.security"',
    ],
  ];
  for (const [detection, fields, expected] of cases) {
    it(`${detection.replace(/\n\s*/g, ' ')} over fields ${fields.join(', ')}`, () => {
      const r = compileText(ruleText(detection));
      if (!r.ok) throw new Error(r.reason);
      expect(showExpr(restrictToFields(r.query, has(fields)).filter)).toBe(expected);
    });
  }

  it('a correlation grouped by an absent field matches nothing, the field read as null', () => {
    const text = `title: c
correlation: {type: temporal, rules: [a, b], group-by: [IpAddress], timespan: 5m}
---
title: a
name: a
logsource: {product: windows, service: security}
detection: {sel: {EventID: 4625}, condition: sel}
---
title: b
name: b
logsource: {product: windows, service: security}
detection: {sel: {EventID: 4624}, condition: sel}
`;
    const [r] = compileDocuments(loadSigmaText(text).documents);
    if (!r?.ok) throw new Error('no query');
    const q = restrictToFields(r.query, has(['event.dataset', 'event.code', '@timestamp']));
    expect(showExpr(q.filter)).toBe('not *');
    const [nulls] = q.commands;
    expect(nulls?.kind === 'eval' && nulls.assignments.map((a) => [a.name, a.expr.kind])).toEqual([
      ['source.ip', 'literal'],
    ]);
    const stats = q.commands.find((c) => c.kind === 'stats');
    expect(stats?.kind === 'stats' && stats.by).toEqual(['window', 'source.ip']);
    expect(q.commands.map((c) => c.kind)).toEqual([
      'eval',
      'eval',
      'bin',
      'stats',
      'eval',
      'where',
    ]);
  });
});
