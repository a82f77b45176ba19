import { describe, expect, it } from 'vitest';
import { buildCatalogue, complete, inferColumns } from '../src/index.js';
import { EVENTS } from './fixtures/events.js';

const catalogue = buildCatalogue(inferColumns(EVENTS));
const labels = (q: string, n = 5) =>
  complete(q, q.length, catalogue, n).map((s) => `${s.kind}:${s.label}`);

describe('complete', () => {
  it('proc — fields present in the data come before the rest of ECS', () => {
    expect(labels('proc', 4)).toEqual([
      'field:process.args',
      'field:process.command_line',
      'field:process.name',
      'field:process.parent.name',
    ]);
  });

  it('process.name — a whole field name offers the operators', () => {
    expect(labels('process.name', 3)).toEqual([
      'operator:process.name:',
      'operator:process.name:*',
      'operator:process.name>=',
    ]);
  });

  it('event.category:net — allowed ECS values after a colon', () => {
    expect(labels('event.category:net')).toEqual(['value:*', 'value:network']);
  });

  it('process.name:cmd.exe — after a term: keywords and the pipe', () => {
    expect(labels('process.name:cmd.exe ', 4)).toEqual([
      'keyword:and',
      'keyword:or',
      'keyword:not',
      'keyword:|',
    ]);
  });

  it('x:1 | st — pipe commands', () => {
    expect(labels('x:1 | st')).toEqual(['command:stats']);
    expect(complete('x:1 | st', 8, catalogue)[0]?.replace).toEqual({ start: 6, end: 8 });
  });

  it('* | stats — aggregations, then by-fields', () => {
    expect(labels('* | stats ', 3)).toEqual([
      'function:count()',
      'function:dc()',
      'function:sum()',
    ]);
    expect(labels('* | stats count() by ho', 1)).toEqual(['field:host.name']);
  });

  it('* | stats count() as n by host.name | sort — only the columns the pipe made', () => {
    expect(labels('* | stats count() as n by host.name | sort ')).toEqual([
      'field:host.name',
      'field:n',
    ]);
  });

  it('* | where l — functions with their signatures', () => {
    expect(labels('* | where l', 2)).toEqual(['function:lower(text)', 'function:len(text)']);
  });

  it('the cursor in the middle of the query completes the word before it', () => {
    const q = 'proces.name:cmd.exe | stats count()';
    expect(complete(q, 6, catalogue, 1)[0]).toMatchObject({
      label: 'process.args',
      replace: { start: 0, end: 6 },
    });
  });
});
