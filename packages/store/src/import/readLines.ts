import { createReadStream } from 'node:fs';

/** One line of a text file, 1-based. */
export interface TextLine {
  readonly text: string;
  readonly line: number;
}

/**
 * Streams a UTF-8 text file line by line (LF or CRLF; a leading BOM dropped), calling
 * `onBytes` with the bytes read so far after each chunk.
 */
export async function* readLines(
  path: string,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<TextLine> {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  let line = 0;
  let bytes = 0;
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    bytes += buf.length;
    let text = rest + decoder.decode(buf, { stream: true });
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield { text: text.slice(start, end), line: ++line };
      start = nl + 1;
    }
    rest = text.slice(start);
    onBytes?.(bytes);
  }
  rest += decoder.decode();
  if (rest.length > 0) yield { text: rest.endsWith('\r') ? rest.slice(0, -1) : rest, line: ++line };
}
