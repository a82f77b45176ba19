import type { JsonValue } from '@kunren/domain';
import type { LeafValue } from './flattenEvent.js';

/** One dotted field of a batch, with its value in the event being collected. */
export interface CollectedField {
  /** The dotted name (`process.parent.name`). */
  readonly name: string;
  /** Index of the event whose value `value` holds (-1: none yet). */
  event: number;
  /** The field's value in event `event`, as `flattenEvent` gives it. */
  value: LeafValue;
  /** Free for the caller (the batch's column slot of the field). */
  slot: unknown;
}

interface PathNode {
  readonly path: string;
  readonly children: Map<string, PathNode>;
  field: CollectedField | undefined;
}

/**
 * Flattens a batch's events as `flattenEvent` does, without building a map or a dotted name
 * per event: keys are looked up in a tree of the paths seen so far in the batch, whose nodes
 * hold the dotted name once, and each leaf lands in its field's record. `collect` returns the
 * fields of one event in first-seen order (the order `flattenEvent`'s map has); their values
 * stay valid until the next call.
 */
export class LeafCollector {
  private readonly root: PathNode = { path: '', children: new Map(), field: undefined };
  private readonly byName = new Map<string, CollectedField>();
  private readonly touched: CollectedField[] = [];
  private event = -1;

  /** The leaf fields of one event (`index` must grow from call to call). */
  collect(doc: { readonly [key: string]: JsonValue }, index: number): readonly CollectedField[] {
    this.event = index;
    this.touched.length = 0;
    for (const key in doc) {
      if (Object.hasOwn(doc, key))
        this.walk(doc[key] as JsonValue, this.child(this.root, key), false);
    }
    return this.touched;
  }

  private walk(value: JsonValue, node: PathNode, multi: boolean): void {
    if (value === null || value === undefined) return;
    if (typeof value !== 'object') {
      if (node.path !== '') this.leaf(node, value, multi);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) this.walk(item, node, true);
      return;
    }
    for (const key in value) {
      if (Object.hasOwn(value, key))
        this.walk(value[key] as JsonValue, this.child(node, key), multi);
    }
  }

  private leaf(node: PathNode, value: string | number | boolean, multi: boolean): void {
    let field = node.field;
    if (field === undefined) {
      field = this.byName.get(node.path);
      if (field === undefined) {
        field = { name: node.path, event: -1, value, slot: undefined };
        this.byName.set(node.path, field);
      }
      node.field = field;
    }
    if (field.event !== this.event) {
      field.event = this.event;
      field.value = multi ? [value] : value;
      this.touched.push(field);
    } else if (Array.isArray(field.value)) {
      field.value.push(value);
    } else {
      field.value = [field.value, value];
    }
  }

  private child(node: PathNode, key: string): PathNode {
    let next = node.children.get(key);
    if (next === undefined) {
      const path = node.path === '' ? key : `${node.path}.${key}`;
      next = { path, children: new Map(), field: undefined };
      node.children.set(key, next);
    }
    return next;
  }
}
