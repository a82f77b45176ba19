/** A run of query text with its highlighting class (`''` for plain text). */
export interface Segment {
  readonly text: string;
  readonly cls: string;
  /** True inside the span of the current error. */
  readonly error: boolean;
}

const KEYWORDS = new Set(['and', 'or', 'not', 'by', 'as', 'span']);
const WORD = /[^\s()<>:="|,]/;

/**
 * Classifies each character of a hunting query for syntax highlighting: field names,
 * strings, numbers, keywords, pipe commands, operators. Never throws, whatever the text
 * (the parser reports the errors; this only colours), and the segments concatenate back
 * to the exact input.
 */
export function classify(src: string): string[] {
  const cls: string[] = new Array<string>(src.length).fill('');
  let i = 0;
  let afterPipe = false;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      j = Math.min(src.length, j + 1);
      cls.fill('tok-string', i, j);
      i = j;
      afterPipe = false;
      continue;
    }
    if (c === '|') {
      cls[i] = 'tok-op';
      i++;
      afterPipe = true;
      continue;
    }
    if (!WORD.test(c)) {
      cls[i] = 'tok-op';
      i++;
      continue;
    }
    let j = i;
    while (j < src.length && WORD.test(src[j] as string)) j += src[j] === '\\' ? 2 : 1;
    j = Math.min(j, src.length);
    const word = src.slice(i, j);
    let k = j;
    while (k < src.length && /[ \t]/.test(src[k] as string)) k++;
    const next = src[k];
    let kind = '';
    if (afterPipe) kind = 'tok-command';
    else if (KEYWORDS.has(word.toLowerCase())) kind = 'tok-keyword';
    else if (/^-?\d+(\.\d+)?$/.test(word)) kind = 'tok-number';
    else if (next === ':' || next === '<' || next === '>' || (next === '=' && src[k + 1] !== '='))
      kind = 'tok-field';
    else if (next === '(') kind = 'tok-keyword';
    cls.fill(kind, i, j);
    afterPipe = false;
    i = j;
  }
  return cls;
}

/** The segments to render, with the error span (if any) marked. */
export function highlight(src: string, error?: { start: number; end: number }): Segment[] {
  const cls = classify(src);
  const inError = (n: number) =>
    error !== undefined &&
    (error.end > error.start ? n >= error.start && n < error.end : n === error.start);
  const out: Segment[] = [];
  for (let n = 0; n < src.length; n++) {
    const c = cls[n] ?? '';
    const e = inError(n);
    const last = out[out.length - 1];
    if (last && last.cls === c && last.error === e)
      out[out.length - 1] = { text: last.text + src[n], cls: c, error: e };
    else out.push({ text: src[n] as string, cls: c, error: e });
  }
  return out;
}
