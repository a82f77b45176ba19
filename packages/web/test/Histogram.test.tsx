// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Histogram } from '../src/screens/investigate/Histogram.js';
import { ready } from './setupI18nForTest.js';

const MIN = 60_000;
const start = Date.UTC(2026, 2, 9, 9, 0, 0);
const buckets = [3, 0, 7, 2].map((count, i) => ({ t: start + i * MIN, count }));

function show() {
  const zooms: [number, number][] = [];
  let out = 0;
  render(
    <Histogram
      buckets={buckets}
      spanMs={MIN}
      from={start}
      to={start + 4 * MIN}
      timeZone="UTC"
      language="en"
      onZoom={(from, to) => zooms.push([from, to])}
      onZoomOut={() => out++}
    />,
  );
  const chart = screen.getByRole('group', { name: /Matching events over time: 12 events/ });
  return { chart, zooms, zoomedOut: () => out };
}

beforeAll(async () => {
  await ready;
});
afterEach(cleanup);

describe('histogram keyboard zoom', () => {
  it('is focusable, labelled, and describes its keys', () => {
    const { chart } = show();
    expect(chart.tabIndex).toBe(0);
    const help = document.getElementById(chart.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toMatch(/Enter zooms in/);
  });

  it('arrows select buckets (announced), Enter zooms to them', () => {
    const { chart, zooms } = show();
    chart.focus();
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    fireEvent.keyDown(chart, { key: 'ArrowRight', shiftKey: true });
    expect(screen.getByRole('status').textContent).toMatch(/09:01:00 to .*09:03:00: 7 events/);
    fireEvent.keyDown(chart, { key: 'Enter' });
    expect(zooms).toEqual([[start + MIN, start + 3 * MIN]]);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('Escape and - zoom out', () => {
    const { chart, zoomedOut } = show();
    fireEvent.keyDown(chart, { key: 'Escape' });
    fireEvent.keyDown(chart, { key: '-' });
    expect(zoomedOut()).toBe(2);
  });
});
