import { describe, expect, it } from 'vitest';
import { chartSpec } from '../src/screens/investigate/chartOption.js';
import { fieldPresence, topValues } from '../src/screens/investigate/fieldStats.js';
import { cellText, flatten } from '../src/screens/investigate/flatten.js';
import { describeEvent } from '../src/screens/investigate/addTimelineEntry.js';
import { simTimeAt } from '../src/lib/simClock.js';

describe('results helpers', () => {
  it('flattens an ECS document to dotted fields, keeping arrays of values', () => {
    expect(
      flatten({
        '@timestamp': 't',
        host: { name: 'ws1', ip: ['10.0.0.1', '10.0.0.2'] },
        process: { parent: { name: 'explorer.exe' } },
      }),
    ).toEqual({
      '@timestamp': 't',
      'host.name': 'ws1',
      'host.ip': ['10.0.0.1', '10.0.0.2'],
      'process.parent.name': 'explorer.exe',
    });
    expect(cellText(['a', 1])).toBe('a, 1');
    expect(cellText(null)).toBe('');
  });

  it('top values count each array element and give shares of the rows that have the field', () => {
    const rows = [{ h: 'a' }, { h: 'a' }, { h: 'b' }, { x: 1 }, { h: ['a', 'c'] }];
    expect(topValues(rows, 'h', 2)).toEqual([
      { value: 'a', count: 3, share: 0.75 },
      { value: 'b', count: 1, share: 0.25 },
    ]);
    expect(fieldPresence(rows)).toEqual([
      { name: 'h', count: 4 },
      { name: 'x', count: 1 },
    ]);
  });

  it('a timechart split by host becomes one line per host over the shared times', () => {
    const spec = chartSpec(
      ['@timestamp', 'host.name', 'count'],
      [
        { '@timestamp': 't1', 'host.name': 'a', count: 2 },
        { '@timestamp': 't2', 'host.name': 'a', count: 3 },
        { '@timestamp': 't2', 'host.name': 'b', count: 1 },
      ],
    );
    expect(spec).toEqual({
      kind: 'line',
      categories: ['t1', 't2'],
      series: [
        { name: 'a', data: [2, 3] },
        { name: 'b', data: [0, 1] },
      ],
    });
  });

  it('stats by two fields become bars labelled by both', () => {
    const spec = chartSpec(
      ['host.name', 'url.domain', 'count'],
      [{ 'host.name': 'ws1', 'url.domain': 'c2.example', count: 12 }],
    );
    expect(spec).toEqual({
      kind: 'bar',
      categories: ['ws1 · c2.example'],
      series: [{ name: 'count', data: [12] }],
    });
    expect(chartSpec(['host.name'], [{ 'host.name': 'x' }])).toBeUndefined();
  });

  it('describes an event for the report timeline from its telling fields', () => {
    expect(
      describeEvent({
        'event.dataset': 'email',
        'host.name': 'mgw01',
        'email.subject': 'ASEAN–Japan agenda',
      }),
    ).toBe('email — mgw01 — ASEAN–Japan agenda');
  });

  it('extrapolates a running clock by its speed and caps it at the exercise length', () => {
    const clock = {
      status: 'running' as const,
      speed: 60,
      simTime: 1000,
      simTimeIso: '',
      wallAt: '2026-01-01T00:00:00.000Z',
      length: 100_000,
    };
    expect(simTimeAt(clock, Date.parse(clock.wallAt) + 1000)).toBe(61_000);
    expect(simTimeAt(clock, Date.parse(clock.wallAt) + 10_000)).toBe(100_000);
    expect(simTimeAt({ ...clock, status: 'paused' }, Date.parse(clock.wallAt) + 10_000)).toBe(1000);
  });
});
