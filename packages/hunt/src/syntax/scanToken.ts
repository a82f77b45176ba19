import { HuntError } from '../HuntError.js';
import type { ScanMode, Token } from './Token.js';

const TERM_STOP = new Set([...' \t\r\n()<>:="|']);
const VALUE_STOP = new Set([...' \t\r\n()"|']);
const PIPE_PUNCT = [
  '==',
  '!=',
  '<=',
  '>=',
  '<',
  '>',
  '=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '(',
  ')',
  ',',
  '|',
];
const FILTER_PUNCT = ['<=', '>=', '<', '>', '(', ')', ':', '=', '|'];
const NUMBER = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** Skips whitespace from `pos`. */
export function skipSpace(src: string, pos: number): number {
  while (pos < src.length && isSpace(src[pos])) pos++;
  return pos;
}

function scanString(src: string, start: number): Token {
  let i = start + 1;
  let value = '';
  while (i < src.length && src[i] !== '"') {
    if (src[i] === '\\' && i + 1 < src.length) {
      const n = src[i + 1] as string;
      value += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'r' ? '\r' : n;
      i += 2;
    } else {
      value += src[i];
      i++;
    }
  }
  if (i >= src.length) {
    throw new HuntError(
      'hunt.syntax',
      'unterminated string',
      { start, end: src.length },
      'close the string with "',
    );
  }
  return { kind: 'string', text: src.slice(start, i + 1), value, span: { start, end: i + 1 } };
}

function scanRegex(src: string, start: number): Token {
  let i = start + 1;
  let value = '';
  while (i < src.length && src[i] !== '/') {
    if (src[i] === '\\' && i + 1 < src.length) {
      value += src[i + 1] === '/' ? '/' : src.slice(i, i + 2);
      i += 2;
    } else {
      value += src[i];
      i++;
    }
  }
  if (i >= src.length) {
    throw new HuntError(
      'hunt.syntax',
      'unterminated regular expression',
      { start, end: src.length },
      'close it with /, or quote the value if it is a path: "/usr/bin/ssh"',
    );
  }
  let j = i + 1;
  while (j < src.length && /[a-z]/i.test(src[j] as string)) j++;
  const flags = src.slice(i + 1, j);
  if (!/^[ims]*$/.test(flags) || new Set(flags).size !== flags.length) {
    throw new HuntError(
      'hunt.regex',
      `unknown regex flags "${flags}"`,
      { start: i + 1, end: j },
      'allowed flags are i, m and s; a value starting with / is a regex, so quote a path: "/usr/bin/ssh"',
    );
  }
  return { kind: 'regex', text: src.slice(start, j), value, flags, span: { start, end: j } };
}

function scanWord(src: string, start: number, stop: Set<string>): number {
  let i = start;
  while (i < src.length && !stop.has(src[i] as string))
    i += src[i] === '\\' && i + 1 < src.length ? 2 : 1;
  return i;
}

function punct(src: string, start: number, list: readonly string[]): Token | undefined {
  for (const p of list) {
    if (src.startsWith(p, start))
      return { kind: 'punct', text: p, value: p, span: { start, end: start + p.length } };
  }
  return undefined;
}

/**
 * Reads the token at `pos` (after whitespace) in the given mode. Throws a positioned
 * {@link HuntError} for an unterminated string or regex or an unexpected character.
 */
export function scanToken(src: string, pos: number, mode: ScanMode): Token {
  const start = skipSpace(src, pos);
  if (start >= src.length) return { kind: 'eof', text: '', value: '', span: { start, end: start } };
  const c = src[start] as string;
  if (c === '"') return scanString(src, start);
  if (mode === 'pipe') {
    if (c === '`') {
      const end = src.indexOf('`', start + 1);
      if (end < 0 || end === start + 1) {
        throw new HuntError(
          'hunt.syntax',
          'unterminated `name`',
          { start, end: src.length },
          'close the name with `',
        );
      }
      return {
        kind: 'word',
        text: src.slice(start, end + 1),
        value: src.slice(start + 1, end),
        span: { start, end: end + 1 },
      };
    }
    if (/[0-9]/.test(c)) {
      const end = scanWord(src, start, new Set([...' \t\r\n()<>=!,|+-*/%"']));
      const text = src.slice(start, end);
      const kind = NUMBER.test(text) ? 'number' : 'word';
      return { kind, text, value: text, span: { start, end } };
    }
    if (/[A-Za-z_@]/.test(c)) {
      let end = start + 1;
      while (end < src.length && /[A-Za-z0-9_.@]/.test(src[end] as string)) end++;
      const text = src.slice(start, end);
      return { kind: 'word', text, value: text, span: { start, end } };
    }
    const p = punct(src, start, PIPE_PUNCT);
    if (p) return p;
    throw new HuntError('hunt.syntax', `unexpected character "${c}"`, { start, end: start + 1 });
  }
  if (mode === 'value' && c === '/') return scanRegex(src, start);
  const stop = mode === 'value' ? VALUE_STOP : TERM_STOP;
  if (!stop.has(c)) {
    const end = scanWord(src, start, stop);
    const text = src.slice(start, end);
    return { kind: 'word', text, value: text, span: { start, end } };
  }
  const p = punct(src, start, FILTER_PUNCT);
  if (p) return p;
  throw new HuntError('hunt.syntax', `unexpected character "${c}"`, { start, end: start + 1 });
}
