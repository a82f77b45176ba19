// @vitest-environment jsdom
import { buildCatalogue, complete } from '@kunren/hunt';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QueryEditor } from '../src/screens/investigate/QueryEditor.js';
import { ready } from './setupI18nForTest.js';

const catalogue = buildCatalogue();
const runs: string[] = [];

function Harness({
  initial = '',
  error,
}: {
  initial?: string;
  error?: { start: number; end: number };
}) {
  const [q, setQ] = useState(initial);
  return (
    <QueryEditor
      value={q}
      onChange={setQ}
      onRun={() => runs.push(q)}
      complete={(s, c) => complete(s, c, catalogue, 12)}
      error={error}
    />
  );
}

function type(box: HTMLTextAreaElement, text: string) {
  fireEvent.focus(box);
  fireEvent.change(box, { target: { value: text, selectionStart: text.length } });
}

beforeAll(async () => {
  await ready;
});
afterEach(() => {
  cleanup();
  runs.length = 0;
});

describe('query editor', () => {
  it('proc: suggests ECS fields and Enter accepts the highlighted one', async () => {
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Hunting query' }) as HTMLTextAreaElement;
    type(box, 'process.na');
    const options = screen.getAllByRole('option');
    expect(options[0]?.textContent).toMatch(/^process\.name/);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(box.value).toBe('process.name');
    expect(runs).toEqual([]);
  });

  it('x:1 | t suggests the commands after a pipe; arrows move the choice', async () => {
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Hunting query' }) as HTMLTextAreaElement;
    type(box, 'x:1 | t');
    const labels = screen.getAllByRole('option').map((o) => o.textContent ?? '');
    expect(labels.filter((l) => /^(tail|top|timechart)/.test(l)).length).toBe(3);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('Ctrl+Enter runs the query without accepting a suggestion', () => {
    render(<Harness initial="event.code:1" />);
    const box = screen.getByRole('combobox', { name: 'Hunting query' }) as HTMLTextAreaElement;
    type(box, 'event.code:1 and process.na');
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    expect(runs).toEqual(['event.code:1 and process.na']);
  });

  it('marks the error span and says the field is invalid', () => {
    render(<Harness initial="a:1 | bogus" error={{ start: 6, end: 11 }} />);
    const box = screen.getByRole('combobox', { name: 'Hunting query' });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const marked = [...document.querySelectorAll('.tok-error')].map((e) => e.textContent).join('');
    expect(marked).toBe('bogus');
  });

  it('highlights what is typed, keeping the text intact', async () => {
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Hunting query' }) as HTMLTextAreaElement;
    await act(async () => type(box, 'host.name:"ws-ic07" | head 5'));
    const pre = document.querySelector('.editor pre');
    expect(pre?.textContent?.trimEnd()).toBe('host.name:"ws-ic07" | head 5');
    expect(pre?.querySelector('.tok-field')?.textContent).toBe('host.name');
    expect(pre?.querySelector('.tok-command')?.textContent).toBe('head');
  });
});
