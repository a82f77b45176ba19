import type { TextLine } from './readLines.js';

/** A JSON value found in a stream, or why the text at `line` is not one. */
export type JsonRecord =
  | { readonly kind: 'value'; readonly value: unknown; readonly line: number }
  | { readonly kind: 'error'; readonly reason: string; readonly line: number };

const RECORD_HEADER = /^Record \d+\s*$/;

/**
 * Splits a stream of JSON objects however they are laid out: one per line, pretty-printed
 * over many lines, inside a top-level array, or separated by evtx_dump's `Record N` lines.
 * Each object is parsed on its own, so a broken one is reported (with the line it starts
 * on) and the rest go on; an object left open is cut off when a new one starts at column 0.
 */
export async function* jsonRecords(lines: AsyncIterable<TextLine>): AsyncGenerator<JsonRecord> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let buf: string[] = [];
  let startLine = 0;
  for await (const { text, line } of lines) {
    if (depth > 0 && !inString && (RECORD_HEADER.test(text) || text.startsWith('{'))) {
      yield {
        kind: 'error',
        reason: 'JSON object not closed before the next one starts',
        line: startLine,
      };
      depth = 0;
      buf = [];
    }
    if (depth === 0 && RECORD_HEADER.test(text)) continue;
    let i = 0;
    let segStart = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (depth === 0) {
        // between objects: whitespace, array brackets and commas are layout
        if (c === 0x7b) {
          depth = 1;
          startLine = line;
          segStart = i;
          buf = [];
        } else if (!(
          c === 0x20 ||
          c === 0x09 ||
          c === 0x2c ||
          c === 0x5b ||
          c === 0x5d ||
          c === 0x0d
        )) {
          yield {
            kind: 'error',
            reason: `not JSON: ${JSON.stringify(text.slice(i, i + 40))}`,
            line,
          };
          break;
        }
        i++;
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) inString = false;
      } else if (c === 0x22) {
        inString = true;
      } else if (c === 0x7b || c === 0x5b) {
        depth++;
      } else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth === 0) {
          buf.push(text.slice(segStart, i + 1));
          const source = buf.join('\n');
          buf = [];
          try {
            yield { kind: 'value', value: JSON.parse(source), line: startLine };
          } catch (e) {
            yield {
              kind: 'error',
              reason: `invalid JSON: ${(e as Error).message}`,
              line: startLine,
            };
          }
        }
      }
      i++;
    }
    if (depth > 0) {
      buf.push(text.slice(segStart));
    }
  }
  if (depth > 0)
    yield { kind: 'error', reason: 'JSON object not closed at end of file', line: startLine };
}
