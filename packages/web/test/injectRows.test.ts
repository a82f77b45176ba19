import { describe, expect, it } from 'vitest';
import type { InjectTimeline, ScheduledInject } from '../src/api/types.js';
import { formatDelay, injectRows } from '../src/screens/staff/injectRows.js';

const HOUR = 3_600_000;
const inject = (id: string, over: Partial<ScheduledInject> = {}): ScheduledInject => ({
  id,
  from: 'vendor',
  subject: { en: id },
  trigger: { kind: 'time', ref: null, delay: { from: 0, to: 0 } },
  expected: null,
  status: 'scheduled',
  simTime: null,
  ...over,
});
const team = (teamId: string, scheduled: ScheduledInject[]): InjectTimeline => ({
  teamId,
  name: teamId,
  scheduled,
  manual: [],
});

describe('the inject timeline rows', () => {
  const timelines = [
    team('A', [
      inject('late', { expected: { from: 30 * HOUR, to: 30 * HOUR } }),
      inject('on-action', {
        trigger: { kind: 'action', ref: 'isolate-host', delay: { from: 0, to: 0 } },
      }),
      inject('early-sent', {
        expected: { from: 20 * HOUR, to: 20 * HOUR },
        status: 'sent-early',
        simTime: HOUR,
      }),
      inject('on-stage', {
        trigger: { kind: 'stage', ref: 'c2', delay: { from: HOUR, to: 2 * HOUR } },
      }),
      inject('delivered', { status: 'delivered', simTime: 5 * HOUR }),
    ]),
    team('B', [
      inject('late', { status: 'delivered', simTime: 30 * HOUR }),
      inject('on-action'),
      inject('early-sent'),
      inject('on-stage'),
      inject('delivered', { status: 'delivered', simTime: 6 * HOUR }),
    ]),
  ];

  it('orders by arrival, then expected time; unknown trigger times last in scenario order', () => {
    expect(injectRows(timelines, 'A').map((r) => r.inject.id)).toEqual([
      'early-sent',
      'delivered',
      'late',
      'on-action',
      'on-stage',
    ]);
  });

  it("shows the chosen team's status and counts every team; pending is who send-to-all reaches", () => {
    const rows = injectRows(timelines, 'B');
    const late = rows.find((r) => r.inject.id === 'late')!;
    expect(late.inject.status).toBe('delivered');
    expect({ reached: late.reached, teams: late.teams, pending: late.pending }).toEqual({
      reached: 1,
      teams: 2,
      pending: ['A'],
    });
    const early = rows.find((r) => r.inject.id === 'early-sent')!;
    expect(early.pending).toEqual(['B']);
    expect(rows.find((r) => r.inject.id === 'delivered')!.pending).toEqual([]);
  });

  it('an unknown team has no rows', () => {
    expect(injectRows(timelines, 'Z')).toEqual([]);
  });

  it.each([
    [0, '0m'],
    [45 * 60_000, '45m'],
    [90 * 60_000, '1h30m'],
    [27 * HOUR, '1d3h'],
  ])('formats a delay of %i ms as %s', (ms, text) => {
    expect(formatDelay(ms)).toBe(text);
  });
});
