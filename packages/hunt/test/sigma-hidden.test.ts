import { describe, expect, it } from 'vitest';
import { hiddenByCorrelations, loadSigmaText } from '../src/index.js';

const text = `title: Outbound flow
id: 0b7f3c5e-0000-4000-8000-000000000001
name: base_flow
logsource:
  category: firewall
detection:
  selection:
    network.direction: outbound
  condition: selection
---
title: Standalone rule
id: 0b7f3c5e-0000-4000-8000-000000000002
logsource:
  category: firewall
detection:
  selection:
    network.direction: inbound
  condition: selection
---
title: Many flows
id: 0b7f3c5e-0000-4000-8000-000000000003
correlation:
  type: event_count
  rules:
    - base_flow
  group-by:
    - source.ip
  timespan: 1h
  condition:
    gte: 10
`;

describe('hiddenByCorrelations', () => {
  it('hides a rule that only feeds a correlation (generate: false), not the others', () => {
    const docs = loadSigmaText(text, 'rules.yml').documents;
    const hidden = hiddenByCorrelations(docs);
    expect([...hidden].map((d) => d.title)).toEqual(['Outbound flow']);
  });

  it('hides nothing when the correlation says generate: true', () => {
    const docs = loadSigmaText(
      text.replace('  type: event_count', '  type: event_count\n  generate: true'),
      'rules.yml',
    ).documents;
    expect(hiddenByCorrelations(docs).size).toBe(0);
  });
});
