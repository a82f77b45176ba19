// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { flatten } from '../src/screens/investigate/flatten.js';
import { ResultsTable } from '../src/screens/investigate/ResultsTable.js';
import { ready } from './setupI18nForTest.js';

const docs = Array.from({ length: 10_000 }, (_, i) => ({
  '@timestamp': new Date(Date.UTC(2026, 2, 9, 9) + i * 1000).toISOString(),
  event: { dataset: 'zeek.dns' },
  host: { name: `ws-ic${String(i % 48).padStart(2, '0')}` },
  dns: { question: { name: i === 0 ? 'cdn-jq.example' : 'www.example.org' } },
  message: `query ${i}`,
}));
const rows = docs.map(flatten);

beforeAll(async () => {
  await ready;
});
afterEach(cleanup);

describe('results table', () => {
  it('renders 10,000 events with only the rows in view in the DOM', () => {
    render(
      <ResultsTable
        rows={rows}
        docs={docs}
        columns={['@timestamp', 'host.name', 'message']}
        formatTime={(s) => s}
        onFilter={() => undefined}
        onPivot={() => undefined}
      />,
    );
    const table = screen.getByRole('table', { name: 'Results' });
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    const rendered = within(table).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(80);
  });

  it('scrolling renders the rows further down', () => {
    render(
      <ResultsTable
        rows={rows}
        docs={docs}
        columns={['message']}
        formatTime={(s) => s}
        onFilter={() => undefined}
        onPivot={() => undefined}
      />,
    );
    const table = screen.getByRole('table', { name: 'Results' });
    fireEvent.scroll(table, { target: { scrollTop: 28 * 9000 } });
    expect(screen.getByText('query 9000')).toBeTruthy();
    expect(screen.queryByText('query 10')).toBeNull();
  });

  it('an expanded event lists its fields; filter and pivot act on a value; JSON shows the document', () => {
    const filters: unknown[] = [];
    const pivots: unknown[] = [];
    render(
      <ResultsTable
        rows={rows}
        docs={docs}
        columns={['message']}
        formatTime={(s) => s}
        onFilter={(f, v, ex) => filters.push([f, v, ex])}
        onPivot={(f, v) => pivots.push([f, v])}
        onTimeline={() => undefined}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show event 1' }));
    expect(screen.getByRole('button', { name: 'Hide event 1' })).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Filter out dns.question.name = cdn-jq.example' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'New query for host.name = ws-ic00' }));
    expect(filters).toEqual([['dns.question.name', 'cdn-jq.example', true]]);
    expect(pivots).toEqual([['host.name', 'ws-ic00']]);
    fireEvent.click(screen.getByRole('button', { name: 'JSON' }));
    expect(JSON.parse(document.querySelector('.vdetail pre')?.textContent ?? '')).toEqual(docs[0]);
    expect(screen.getByRole('button', { name: 'Add to report timeline' })).toBeTruthy();
  });
});
