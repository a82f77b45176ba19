import { describe, expect, it } from 'vitest';
import {
  HuntError,
  analyze,
  buildCatalogue,
  check,
  formatError,
  inferColumns,
  parse,
} from '../src/index.js';
import { EVENTS } from './fixtures/events.js';

const catalogue = buildCatalogue(inferColumns(EVENTS));

/** Parses and checks; returns the error rendered by formatError (without the hint line). */
function failure(q: string): { id: string; rendered: string; hint: string | undefined } {
  try {
    analyze(parse(q), catalogue);
  } catch (e) {
    if (!(e instanceof HuntError)) throw e;
    return {
      id: e.id,
      rendered: formatError(q, e).split('\n').slice(0, 3).join('\n'),
      hint: e.hint,
    };
  }
  throw new Error(`no error for ${q}`);
}

// [query, id, message, caret line]
const TABLE: [string, string, string, string][] = [
  [
    'proces.name:cmd.exe',
    'hunt.unknown-field',
    'unknown field proces.name — did you mean process.name?',
    '^^^^^^^^^^^',
  ],
  [
    'process.name:',
    'hunt.syntax',
    'expected a value for process.name, found end of query',
    '             ^',
  ],
  ['process.name:"cmd.exe', 'hunt.syntax', 'unterminated string', '             ^^^^^^^^'],
  [
    '(process.name:cmd.exe',
    'hunt.syntax',
    'expected ")", found end of query',
    '                     ^',
  ],
  [
    'process.name:cmd.exe)',
    'hunt.syntax',
    'expected "and", "or", "|" or the end of the query, found ")"',
    '                    ^',
  ],
  ['process.name=cmd.exe', 'hunt.syntax', 'unexpected "="', '            ^'],
  [
    'and process.name:cmd.exe',
    'hunt.syntax',
    'expected a search term such as process.name:cmd.exe, found "and"',
    '^^^',
  ],
  ['mimi*katz', 'hunt.syntax', 'a wildcard inside a bare word is not supported', '^^^^^^^^^'],
  [
    'process.name:/a(?=b)/',
    'hunt.regex',
    'lookaround is not supported in /a(?=b)/',
    '^^^^^^^^^^^^^^^^^^^^^',
  ],
  [
    'process.name:/(a)\\1/',
    'hunt.regex',
    'backreferences are not supported in /(a)\\1/',
    '^^^^^^^^^^^^^^^^^^^^',
  ],
  ['process.name:/ab/x', 'hunt.regex', 'unknown regex flags "x"', '                 ^'],
  ['file.path:/usr/bin', 'hunt.regex', 'unknown regex flags "bin"', '               ^^^'],
  ['source.ip:10.0.0.0/33', 'hunt.cidr', 'invalid CIDR block 10.0.0.0/33', '^^^^^^^^^^^^^^^^^^^^^'],
  [
    'host.name:10.0.0.0/8',
    'hunt.type',
    'host.name is not an IP field (ECS type keyword)',
    '^^^^^^^^^^^^^^^^^^^^',
  ],
  ['source.bytes:abc', 'hunt.type', 'source.bytes is a number, not "abc"', '^^^^^^^^^^^^^^^^'],
  [
    '@timestamp > "yesterday"',
    'hunt.date',
    '"yesterday" is not an ISO 8601 time',
    '^^^^^^^^^^^^^^^^^^^^^^^^',
  ],
  ['* | stat count()', 'hunt.syntax', 'expected a pipe command, found "stat"', '    ^^^^'],
  [
    '* | stats count() by',
    'hunt.syntax',
    'expected a field name, found end of query',
    '                    ^',
  ],
  ['* | stats avg()', 'hunt.syntax', 'avg needs a field', '          ^^^^^'],
  ['* | head 0', 'hunt.limit', 'expected a whole number of at least 1, found 0', '         ^'],
  ['* | timechart span=0m count()', 'hunt.limit', 'invalid span "0m"', '                   ^^'],
  [
    '* | eval x = lenn(host.name)',
    'hunt.unknown-function',
    'unknown function lenn — did you mean len?',
    '             ^^^^^^^^^^^^^^^',
  ],
  [
    '* | eval x = host.name + 1',
    'hunt.type',
    '+ needs numbers, found string and long',
    '             ^^^^^^^^^^^^^',
  ],
  [
    '* | stats count() by user.nam',
    'hunt.unknown-field',
    'unknown field user.nam — did you mean user.name?',
    '                     ^^^^^^^^',
  ],
  [
    '* | stats count() | where hots > 1',
    'hunt.unknown-field',
    'unknown field hots at this point of the pipeline',
    '                          ^^^^',
  ],
  [
    '* | where process.args == "x"',
    'hunt.type',
    'process.args is a list',
    '          ^^^^^^^^^^^^',
  ],
  [
    '* | where event.code == 4688',
    'hunt.type',
    'cannot compare string with long',
    '          ^^^^^^^^^^^^^^^^^^',
  ],
  [
    '* | stats avg(host.name)',
    'hunt.type',
    'avg needs a numeric field; host.name is string',
    '          ^^^^^^^^^^^^^^',
  ],
  ['* | eval __rn = 1', 'hunt.syntax', '__rn is a reserved name', '    ^^^^^^^^^^^^^'],
  [
    '* | stats count(), count()',
    'hunt.syntax',
    'duplicate column count',
    '    ^^^^^^^^^^^^^^^^^^^^^^',
  ],
  [
    'process.name:cmd.exe |',
    'hunt.syntax',
    'expected a pipe command, found end of query',
    '                      ^',
  ],
  ['* | rename host.name h', 'hunt.syntax', 'expected "as", found "h"', '                     ^'],
];

describe('syntax and check errors: id, message and caret', () => {
  it.each(TABLE)('%s', (q, id, message, caret) => {
    const f = failure(q);
    expect(f.id).toBe(id);
    expect(f.rendered).toBe(`${id}: ${message}\n  ${q}\n  ${caret}`);
  });

  it('every error in the table carries a hint or a did-you-mean', () => {
    const missing = TABLE.filter(([q]) => {
      const f = failure(q);
      return f.hint === undefined && !f.rendered.includes('did you mean');
    }).map(([q]) => q);
    expect(missing).toEqual([]);
  });

  it('formatError names line and column on multi-line queries', () => {
    const q = 'process.name:cmd.exe\n| stats count() by hots.name';
    const e = check(parse(q), catalogue)[0] as HuntError;
    expect(formatError(q, e).split('\n').slice(0, 3)).toEqual([
      'hunt.unknown-field: unknown field hots.name — did you mean host.name? (line 2, column 20)',
      '  | stats count() by hots.name',
      '                     ^^^^^^^^^',
    ]);
  });

  it('a valid ECS field absent from the data is not an error: it matches nothing', () => {
    expect(check(parse('threat.indicator.ip:1.2.3.4 or not registry.path:*'), catalogue)).toEqual(
      [],
    );
  });

  it('a field unknown to ECS and to the store is an error even without a close match', () => {
    expect(check(parse('zzz:1'), catalogue)[0]?.message).toBe('unknown field zzz');
  });
});
