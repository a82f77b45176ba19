import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, Scalar } from 'yaml';
import type { Document, Node } from 'yaml';
import type { SigmaScalar } from './SigmaRule.js';
import { sigmaError } from './SigmaError.js';
import type { SigmaError, SourcePosition } from './SigmaError.js';

/**
 * A YAML value with positions, independent of the `yaml` package's classes: the loader reads
 * rules from it and collection actions (`action: global`) merge it.
 */
export type YamlTree =
  | {
      readonly kind: 'map';
      readonly entries: readonly YamlEntry[];
      readonly position: SourcePosition;
      readonly start: number;
      readonly end: number;
    }
  | {
      readonly kind: 'seq';
      readonly items: readonly YamlTree[];
      readonly position: SourcePosition;
      readonly start: number;
      readonly end: number;
    }
  | {
      readonly kind: 'scalar';
      readonly value: SigmaScalar;
      readonly position: SourcePosition;
      readonly start: number;
      readonly end: number;
    };

/** One `key: value` of a YAML map. */
export interface YamlEntry {
  readonly key: string;
  readonly keyPosition: SourcePosition;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly value: YamlTree;
}

/** The documents of a (multi-document) YAML text, or the syntax errors found. */
export interface YamlDocuments {
  readonly documents: readonly YamlTree[];
  readonly errors: readonly SigmaError[];
}

const plainNumber = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Parses every document of `text` into position-carrying trees. */
export function parseYamlDocuments(text: string, file?: string): YamlDocuments {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return file === undefined ? { line, column: col, offset } : { file, line, column: col, offset };
  };
  const errors: SigmaError[] = [];
  const documents: YamlTree[] = [];
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        errors.push(
          sigmaError(
            'sigma.yaml',
            `YAML syntax error: ${e.message.split('\n')[0] ?? e.message}`,
            at(e.pos[0]),
            'fix the YAML syntax (indentation, quotes, a duplicate key) at this place',
          ),
        );
      }
      continue;
    }
    if (doc.contents === null) continue;
    documents.push(toTree(doc.contents, doc, at));
  }
  return { documents, errors };
}

function toTree(node: Node, doc: Document, at: (offset: number) => SourcePosition): YamlTree {
  const resolved: unknown = isAlias(node) ? node.resolve(doc) : node;
  const range = (resolved as Node | undefined)?.range ?? [0, 0, 0];
  const start = range[0];
  const end = range[1];
  if (isMap(resolved)) {
    const entries: YamlEntry[] = [];
    for (const pair of resolved.items) {
      const keyNode = pair.key as Node | null;
      const keyRange = keyNode?.range ?? [start, start, start];
      const key = isScalar(keyNode) ? String(keyNode.value ?? '') : String(keyNode ?? '');
      const valueNode = pair.value as Node | null;
      const value: YamlTree =
        valueNode === null
          ? {
              kind: 'scalar',
              value: null,
              position: at(keyRange[1]),
              start: keyRange[1],
              end: keyRange[1],
            }
          : toTree(valueNode, doc, at);
      entries.push({
        key,
        keyPosition: at(keyRange[0]),
        keyStart: keyRange[0],
        keyEnd: keyRange[1],
        value,
      });
    }
    return { kind: 'map', entries, position: at(start), start, end };
  }
  if (isSeq(resolved)) {
    const items = resolved.items.map((item) =>
      item === null
        ? ({ kind: 'scalar', value: null, position: at(start), start, end: start } as const)
        : toTree(item as Node, doc, at),
    );
    return { kind: 'seq', items, position: at(start), start, end };
  }
  if (isScalar(resolved)) {
    return { kind: 'scalar', value: scalarValue(resolved), position: at(start), start, end };
  }
  return { kind: 'scalar', value: null, position: at(start), start, end };
}

/** Numbers keep their written form when YAML would change it (`0x17`, `0012`, `1e3`). */
function scalarValue(node: Scalar): SigmaScalar {
  const v = node.value;
  if (typeof v === 'number') {
    const written = node.source;
    if (node.type === Scalar.PLAIN && typeof written === 'string' && !plainNumber.test(written))
      return written;
    if (typeof written === 'string' && /^[-+]?0\d/.test(written)) return written;
    return v;
  }
  if (typeof v === 'string' || typeof v === 'boolean' || v === null) return v;
  if (typeof v === 'bigint') return String(v);
  return v === undefined ? null : String(v);
}

/** The entry named `key` of a map tree, if any. */
export function entryOf(tree: YamlTree | undefined, key: string): YamlEntry | undefined {
  if (tree?.kind !== 'map') return undefined;
  return tree.entries.find((e) => e.key === key);
}

/** Plain JS value of a tree (for metadata). */
export function plainOf(tree: YamlTree): unknown {
  switch (tree.kind) {
    case 'scalar':
      return tree.value;
    case 'seq':
      return tree.items.map(plainOf);
    case 'map':
      return Object.fromEntries(tree.entries.map((e) => [e.key, plainOf(e.value)]));
    default: {
      const never: never = tree;
      return never;
    }
  }
}

/**
 * Deep-merges `overlay` into `base` (maps merge key by key, anything else is replaced), as
 * Sigma collections do with `action: global` and `action: repeat` documents.
 */
export function mergeTrees(base: YamlTree, overlay: YamlTree): YamlTree {
  if (base.kind !== 'map' || overlay.kind !== 'map') return overlay;
  const entries: YamlEntry[] = [...base.entries];
  for (const entry of overlay.entries) {
    const i = entries.findIndex((e) => e.key === entry.key);
    const existing = entries[i];
    if (existing === undefined) entries.push(entry);
    else entries[i] = { ...entry, value: mergeTrees(existing.value, entry.value) };
  }
  return { ...base, entries };
}
