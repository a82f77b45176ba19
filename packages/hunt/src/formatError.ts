import type { HuntError } from './HuntError.js';

/**
 * Renders an error for a terminal or a monospace box: the message, the query line the
 * error is on, a caret run under the offending span, and the suggestion.
 *
 * ```
 * hunt.unknown-field: unknown field proces.name — did you mean process.name?
 *   proces.name:cmd.exe
 *   ^^^^^^^^^^^
 * ```
 */
export function formatError(source: string, err: HuntError): string {
  const start = Math.max(0, Math.min(err.span.start, source.length));
  const end = Math.max(start, Math.min(err.span.end, source.length));
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const nl = source.indexOf('\n', start);
  const lineEnd = nl === -1 ? source.length : nl;
  const line = source.slice(lineStart, lineEnd);
  const col = start - lineStart;
  const width = Math.max(1, Math.min(end, lineEnd) - start);
  const lineNo = source.slice(0, lineStart).split('\n').length;
  const where = lineNo > 1 ? ` (line ${lineNo}, column ${col + 1})` : '';
  const out = [
    `${err.id}: ${err.message}${where}`,
    `  ${line}`,
    `  ${' '.repeat(col)}${'^'.repeat(width)}`,
  ];
  if (err.hint) out.push(`  hint: ${err.hint}`);
  return out.join('\n');
}
