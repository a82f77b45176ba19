import { describe, expect, it } from 'vitest';
import type { AlertView } from '../src/api/types.js';
import { countByRule, filterAlerts } from '../src/screens/alerts/alertQueue.js';
import { assigneeChoices } from '../src/screens/alerts/assigneeChoices.js';

const alert = (
  id: string,
  ruleId: string,
  severity: string,
  simTime: number,
  state = 'new',
  host = 'ws-ic02',
): AlertView => ({
  id,
  ruleId,
  title: `Rule ${ruleId}`,
  severity,
  techniques: ruleId === 'lsass' ? ['T1003.001'] : [],
  simTime,
  eventId: `e-${id}`,
  host,
  query: `event.id:"e-${id}"`,
  state,
  assignee: null,
});

const queue = [
  ...Array.from({ length: 500 }, (_, i) => alert(`f${i}`, 'flow', 'low', i)),
  alert('l1', 'lsass', 'critical', 100),
  alert('l2', 'lsass', 'critical', 200, 'closed', 'fs01'),
  alert('r1', 'rdp', 'medium', 50, 'investigating'),
];

describe('the alert queue', () => {
  it('groups thousands of alerts by rule, severe and rare rules first', () => {
    expect(countByRule(queue).map((r) => [r.ruleId, r.count, r.open])).toEqual([
      ['lsass', 2, 1],
      ['rdp', 1, 1],
      ['flow', 500, 500],
    ]);
  });

  it('open = new or investigating; most severe first, then newest', () => {
    expect(
      filterAlerts(queue, { state: 'open' })
        .slice(0, 3)
        .map((a) => a.id),
    ).toEqual(['l1', 'r1', 'f499']);
  });

  it('filters by rule, severity, state and text over title, host and technique', () => {
    expect(filterAlerts(queue, { ruleId: 'lsass' }).map((a) => a.id)).toEqual(['l2', 'l1']);
    expect(filterAlerts(queue, { severity: 'medium' }).map((a) => a.id)).toEqual(['r1']);
    expect(filterAlerts(queue, { state: 'closed' }).map((a) => a.id)).toEqual(['l2']);
    expect(filterAlerts(queue, { text: 'fs01' }).map((a) => a.id)).toEqual(['l2']);
    expect(filterAlerts(queue, { text: 't1003' }).map((a) => a.id)).toEqual(['l2', 'l1']);
  });
});

describe('alert assignees', () => {
  const me = { username: 'a1', displayName: 'Ayu' };
  it('offers the team members and the user once, by name, and keeps a former assignee', () => {
    const members = [
      { username: 'a2', displayName: 'Budi' },
      { username: 'a1', displayName: 'Ayu' },
    ];
    expect(assigneeChoices(members, me, null).map((a) => a.username)).toEqual(['a1', 'a2']);
    expect(assigneeChoices(members, me, 'zz').map((a) => a.username)).toEqual(['a1', 'a2', 'zz']);
    expect(assigneeChoices([], me, 'a1')).toEqual([me]);
  });
});
