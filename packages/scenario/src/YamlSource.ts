import {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import type { DocPath } from './Finding.js';

/** A parsed YAML document together with what is needed to find positions in it. */
export interface YamlSource {
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  readonly text: string;
}

/** A 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly col: number;
}

/** Parses YAML text keeping node ranges and a line index (YAML 1.2 core schema, unique keys). */
export function parseYamlSource(text: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return { doc, lines, text };
}

/** The line and column of a character offset. */
export function positionOf(source: YamlSource, offset: number): Position {
  const p = source.lines.linePos(offset);
  return { line: p.line, col: p.col };
}

/**
 * The position of the node at `path` (or of its key when `key` is set). When the path does
 * not exist (a missing property) it is the position of the deepest node that does. With a
 * `needle` (a template inside a string), the position of that text within the node.
 */
export function locate(source: YamlSource, path: DocPath, key = false, needle?: string): Position {
  let node: unknown = source.doc.contents;
  let keyNode: unknown;
  for (const seg of path) {
    let next: unknown;
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg),
      );
      if (pair) {
        keyNode = pair.key;
        next = pair.value ?? pair.key;
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
    }
    if (next === undefined || next === null) break;
    node = next;
  }
  const target = (key && keyNode !== undefined ? keyNode : node) as Node | null | undefined;
  const [start, end] = target?.range ?? [0, 0];
  const within = needle !== undefined ? source.text.slice(start, end).indexOf(needle) : -1;
  return positionOf(source, within >= 0 ? start + within : start);
}
