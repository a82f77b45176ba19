import type { Command, Expr, Query } from '../ast.js';
import { HuntError } from '../HuntError.js';
import { Cursor } from './Cursor.js';
import { parseCommand } from './parseCommand.js';
import { parseFilter } from './parseFilter.js';

/** Longest query text accepted, in characters. */
export const MAX_QUERY_LENGTH = 20_000;

/**
 * Parses a hunting query — a KQL filter optionally followed by `| command` pipes — into
 * an immutable {@link Query} with source spans. An empty filter means every event.
 * Throws a positioned {@link HuntError} (`hunt.syntax`, `hunt.regex`, `hunt.limit`) and
 * nothing else.
 */
export function parse(source: string): Query {
  if (source.length > MAX_QUERY_LENGTH) {
    throw new HuntError('hunt.limit', `query longer than ${MAX_QUERY_LENGTH} characters`, {
      start: MAX_QUERY_LENGTH,
      end: source.length,
    });
  }
  const c = new Cursor(source);
  const first = c.peek('term');
  let filter: Expr;
  if (first.kind === 'eof' || (first.kind === 'punct' && first.text === '|')) {
    filter = { kind: 'all', span: { start: first.span.start, end: first.span.start } };
  } else {
    filter = parseDepthGuarded(() => parseFilter(c), first.span.start);
  }
  const commands: Command[] = [];
  for (;;) {
    const t = c.peek(commands.length ? 'pipe' : 'term');
    if (t.kind === 'eof') break;
    if (t.kind !== 'punct' || t.text !== '|') {
      throw c.unexpected(
        t,
        commands.length
          ? '"|" or the end of the query'
          : '"and", "or", "|" or the end of the query',
        t.text === ')' ? 'remove the ) or open the group with (' : 'separate pipe commands with |',
      );
    }
    c.next('pipe');
    commands.push(parseDepthGuarded(() => parseCommand(c), t.span.start));
  }
  return { filter, commands, source };
}

/** Turns a stack overflow from absurd nesting into a positioned error. */
function parseDepthGuarded<T>(fn: () => T, at: number): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RangeError) {
      throw new HuntError(
        'hunt.limit',
        'query nested too deeply',
        { start: at, end: at + 1 },
        'remove some parentheses',
      );
    }
    throw e;
  }
}

/** Like {@link parse}, but returns the error as a value instead of throwing it. */
export function tryParse(
  source: string,
): { ok: true; query: Query } | { ok: false; error: HuntError } {
  try {
    return { ok: true, query: parse(source) };
  } catch (e) {
    if (e instanceof HuntError) return { ok: false, error: e };
    throw e;
  }
}
