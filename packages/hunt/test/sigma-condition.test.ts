import { describe, expect, it } from 'vitest';
import { parseCondition } from '../src/index.js';
import type { ConditionNode } from '../src/index.js';
import { showDetection } from './sigma-fixtures/showExpr.js';

function show(n: ConditionNode): string {
  switch (n.kind) {
    case 'ref':
      return n.name;
    case 'and':
      return `(${n.items.map(show).join(' & ')})`;
    case 'or':
      return `(${n.items.map(show).join(' | ')})`;
    case 'not':
      return `!${show(n.expr)}`;
    case 'of':
      return `[${n.quantifier} of ${n.them ? 'them' : n.pattern}]`;
    default: {
      const never: never = n;
      return never;
    }
  }
}

const at = { line: 1, column: 1, offset: 0 };
const parse = (text: string): string => {
  const r = parseCondition({ text, position: at, offset: 0 });
  return 'fix' in r ? `error@${r.position.column}: ${r.message}` : show(r);
};

const parses: readonly (readonly [string, string])[] = [
  ['selection', 'selection'],
  ['selection and not filter', '(selection & !filter)'],
  ['a or b and c', '(a | (b & c))'],
  ['(a or b) and c', '((a | b) & c)'],
  ['not a and b', '(!a & b)'],
  ['not (a or b)', '!(a | b)'],
  ['1 of selection_*', '[1 of selection_*]'],
  ['all of selection*', '[all of selection*]'],
  ['any of sel*', '[1 of sel*]'],
  ['1 of them', '[1 of them]'],
  ['all of them', '[all of them]'],
  ['2 of sel*', '[2 of sel*]'],
  ['1 of selection* and not 1 of filter*', '([1 of selection*] & ![1 of filter*])'],
  ['selection AND NOT filter', '(selection & !filter)'],
  ['a and', 'error@6: the condition ends where a search identifier was expected'],
  ['(a or b', 'error@8: missing closing parenthesis'],
  ['a b', 'error@3: unexpected "b"'],
  ['3x of sel*', 'error@1: "3x of" is not a quantifier'],
  ['a and or b', 'error@7: unexpected "or"'],
  [
    'selection | count() > 5',
    'error@1: aggregation conditions (`| count() …`, `| near …`) are the obsolete Sigma 1 syntax',
  ],
];

describe('Sigma conditions parse with precedence or < and < not < of < ()', () => {
  for (const [text, expected] of parses) {
    it(text, () => expect(parse(text)).toBe(expected));
  }
});

const base =
  "sel_a:\n  TargetUserName: 'a'\nsel_b:\n  TargetUserName: 'b'\n_sel_c:\n  TargetUserName: 'c'\nfilter:\n  IpAddress: '127.0.0.1'\n";
const a = 'winlog.event_data.TargetUserName eq "a"';
const b = 'winlog.event_data.TargetUserName eq "b"';
const c = 'winlog.event_data.TargetUserName eq "c"';
const f = 'source.ip eq "127.0.0.1"';

const compiles: readonly (readonly [string, string])[] = [
  ['sel_a and not filter', `${a} and not ${f}`],
  ['1 of sel_*', `(${a} or ${b})`],
  ['all of sel_*', `${a} and ${b}`],
  ['1 of them', `(${a} or ${b} or ${f})`],
  ['all of them', `${a} and ${b} and ${f}`],
  ['1 of _sel*', c],
  ['2 of sel_* or filter', `((${a} and ${b}) or ${f})`],
  ['not (sel_a or sel_b)', `not (${a} or ${b})`],
  [
    'sel_x',
    'error sigma.unknown-identifier: the condition names "sel_x", which is not a search identifier',
  ],
  ['1 of nothing*', 'error sigma.unknown-identifier: "nothing*" matches no search identifier'],
];

describe('Sigma condition forms compile over the search identifiers', () => {
  for (const [condition, expected] of compiles) {
    it(`condition: ${condition}`, () => {
      const got = showDetection(`${base}condition: ${condition}`);
      expect(got.replace(/^\((.*)\)$/, '$1')).toBe(expected.replace(/^\((.*)\)$/, '$1'));
    });
  }

  it('condition: [sel_a, sel_b] (a list of conditions is OR-linked)', () => {
    expect(showDetection(`${base}condition:\n  - sel_a\n  - sel_b`)).toBe(`(${a} or ${b})`);
  });

  it('a list of maps is OR-linked, the items of a map AND-linked', () => {
    const got = showDetection(
      "sel:\n  - TargetUserName: 'a'\n    IpAddress: '10.0.0.1'\n  - TargetUserName: 'b'\ncondition: sel",
    );
    expect(got).toBe(`((${a} and source.ip eq "10.0.0.1") or ${b})`);
  });
});
