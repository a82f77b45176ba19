import type { Span } from '../ast.js';
import { HuntError } from '../HuntError.js';
import { parseRegex } from './parseRegex.js';
import type { CharTest, RegexNode } from './RegexNode.js';

/** Most NFA states one regex may compile to. */
export const MAX_STATES = 20_000;

type State =
  | { op: 'char'; test: CharTest; out: number }
  | { op: 'split'; a: number; b: number }
  | { op: 'assert'; kind: 'bol' | 'eol' | 'word' | 'nonword'; out: number }
  | { op: 'match' };

const isWordCp = (c: number | undefined): boolean =>
  c !== undefined &&
  ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);

function foldTest(test: CharTest): CharTest {
  return (c) => {
    if (test(c)) return true;
    const s = String.fromCodePoint(c);
    const lo = s.toLowerCase();
    const up = s.toUpperCase();
    return (
      (lo.length === s.length && test(lo.codePointAt(0) as number)) ||
      (up.length === s.length && test(up.codePointAt(0) as number))
    );
  };
}

/**
 * A regular expression run by a Thompson NFA simulation: time linear in the input for a
 * fixed pattern, whatever the pattern (no backtracking, so no catastrophic cases).
 * Semantics follow RE2: unanchored search, `.` excludes newline unless `s`, `^`/`$` are
 * text edges unless `m`, `i` folds case, `\d \w \s \b` are ASCII.
 */
export class SafeRegex {
  private readonly states: State[] = [];
  private readonly start: number;
  private readonly multiline: boolean;
  private readonly span: Span;

  constructor(pattern: string, flags: string, span: Span) {
    this.span = span;
    const node = parseRegex(pattern, span, flags.includes('s'));
    this.multiline = flags.includes('m');
    const fold = flags.includes('i');
    const match = this.add({ op: 'match' });
    this.start = this.build(node, match, fold);
  }

  private add(s: State): number {
    if (this.states.length >= MAX_STATES) {
      throw new HuntError(
        'hunt.regex',
        'regular expression too large',
        this.span,
        'use fewer or smaller counted repetitions',
      );
    }
    this.states.push(s);
    return this.states.length - 1;
  }

  /** Compiles `n` so that it continues to state `next`; returns its entry state. */
  private build(n: RegexNode, next: number, fold: boolean): number {
    switch (n.t) {
      case 'char': {
        const base = fold ? foldTest(n.test) : n.test;
        return this.add({ op: 'char', test: n.negate ? (c) => !base(c) : base, out: next });
      }
      case 'assert':
        return this.add({ op: 'assert', kind: n.kind, out: next });
      case 'seq': {
        let entry = next;
        for (let i = n.items.length - 1; i >= 0; i--)
          entry = this.build(n.items[i] as RegexNode, entry, fold);
        return entry;
      }
      case 'alt': {
        let entry = this.build(n.items[n.items.length - 1] as RegexNode, next, fold);
        for (let i = n.items.length - 2; i >= 0; i--) {
          entry = this.add({
            op: 'split',
            a: this.build(n.items[i] as RegexNode, next, fold),
            b: entry,
          });
        }
        return entry;
      }
      case 'repeat': {
        let entry = next;
        if (n.max === Infinity) {
          const loop = this.add({ op: 'split', a: -1, b: next });
          const body = this.build(n.node, loop, fold);
          (this.states[loop] as { a: number }).a = body;
          entry = loop;
        } else {
          for (let k = n.max - n.min; k > 0; k--) {
            entry = this.add({ op: 'split', a: this.build(n.node, entry, fold), b: next });
            next = entry;
          }
        }
        for (let k = n.min; k > 0; k--) entry = this.build(n.node, entry, fold);
        return entry;
      }
    }
  }

  private assertHolds(
    kind: 'bol' | 'eol' | 'word' | 'nonword',
    prev: number | undefined,
    cur: number | undefined,
  ): boolean {
    switch (kind) {
      case 'bol':
        return prev === undefined || (this.multiline && prev === 10);
      case 'eol':
        return cur === undefined || (this.multiline && cur === 10);
      case 'word':
        return isWordCp(prev) !== isWordCp(cur);
      case 'nonword':
        return isWordCp(prev) === isWordCp(cur);
    }
  }

  /** True when the pattern matches somewhere in `text`. */
  test(text: string): boolean {
    const cps = [...text].map((c) => c.codePointAt(0) as number);
    let cur: number[] = [];
    const mark = new Int32Array(this.states.length).fill(-1);
    let gen = 0;
    const addState = (
      list: number[],
      s: number,
      prev: number | undefined,
      c: number | undefined,
    ): boolean => {
      const stack = [s];
      while (stack.length) {
        const i = stack.pop() as number;
        if (mark[i] === gen) continue;
        mark[i] = gen;
        const st = this.states[i] as State;
        if (st.op === 'match') return true;
        if (st.op === 'split') stack.push(st.b, st.a);
        else if (st.op === 'assert') {
          if (this.assertHolds(st.kind, prev, c)) stack.push(st.out);
        } else list.push(i);
      }
      return false;
    };
    for (let pos = 0; pos <= cps.length; pos++) {
      const prev = pos > 0 ? cps[pos - 1] : undefined;
      const c = cps[pos];
      if (addState(cur, this.start, prev, c)) return true;
      if (c === undefined) break;
      gen++;
      const nextList: number[] = [];
      for (const i of cur) {
        const st = this.states[i] as Extract<State, { op: 'char' }>;
        if (st.test(c) && addState(nextList, st.out, c, cps[pos + 1])) return true;
      }
      cur = nextList;
    }
    return false;
  }
}
