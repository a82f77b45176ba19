import type { JsonValue } from '@kunren/domain';
import type { FlatValue, LeafValue } from './flattenEvent.js';

/** One dotted field of a batch, with its value in the event being collected. */
export interface CollectedField<V extends FlatValue = LeafValue> {
  /** The dotted name (`process.parent.name`). */
  readonly name: string;
  /** Index of the event whose value `value` holds (-1: none yet). */
  event: number;
  /** The field's value in event `event`. */
  value: V;
  /** Free for the caller (such as the batch's column slot of the field). */
  slot: unknown;
}

interface PathNode<V extends FlatValue> {
  readonly path: string;
  readonly children: Map<string, PathNode<V>>;
  field: CollectedField<V> | undefined;
}

type Scalar = string | number | boolean | null;

/**
 * The one flattening of nested ECS documents into dotted leaf fields, the way Elasticsearch
 * indexes them: `{process:{parent:{name:"x"}}}` gives `process.parent.name = "x"`; keys that
 * already contain dots (`{"process.name":"x"}`) give the same name; arrays of scalars stay
 * arrays (even of one element); arrays of objects give one array per leaf
 * (`dns.answers.data = [..]`); a name met twice in one event collects its values in an array.
 * By default nulls, empty arrays and empty objects give nothing (the store's columns);
 * `LeafCollector.keepingNulls()` keeps null leaves and empty arrays (hunt's interpreter, which
 * reads documents as written).
 *
 * For speed over batches, keys are looked up in a tree of the paths seen so far, whose nodes
 * hold the dotted name once, and each leaf lands in its field's record: `collect` returns the
 * fields of one event in first-seen order; their values stay valid until the next call.
 */
export class LeafCollector<V extends FlatValue = LeafValue> {
  private readonly root: PathNode<V> = { path: '', children: new Map(), field: undefined };
  private readonly byName = new Map<string, CollectedField<V>>();
  private readonly touched: CollectedField<V>[] = [];
  private event = -1;

  private constructor(private readonly keepNulls: boolean) {}

  /** A collector that drops nulls, empty arrays and empty objects. */
  static create(): LeafCollector {
    return new LeafCollector<LeafValue>(false);
  }

  /** A collector that keeps null leaves (also inside arrays) and empty arrays. */
  static keepingNulls(): LeafCollector<FlatValue> {
    return new LeafCollector<FlatValue>(true);
  }

  /** The leaf fields of one event (`index` must grow from call to call). */
  collect(doc: { readonly [key: string]: JsonValue }, index: number): readonly CollectedField<V>[] {
    this.event = index;
    this.touched.length = 0;
    for (const key in doc) {
      if (Object.hasOwn(doc, key))
        this.walk(doc[key] as JsonValue, this.child(this.root, key), false);
    }
    return this.touched;
  }

  private walk(value: JsonValue, node: PathNode<V>, multi: boolean): void {
    if (value === null || value === undefined) {
      if (this.keepNulls && value === null && node.path !== '') this.leaf(node, null, multi);
      return;
    }
    if (typeof value !== 'object') {
      if (node.path !== '') this.leaf(node, value, multi);
      return;
    }
    if (Array.isArray(value)) {
      if (value.length === 0 && this.keepNulls && node.path !== '') this.empty(node);
      for (const item of value) this.walk(item, node, true);
      return;
    }
    for (const key in value) {
      if (Object.hasOwn(value, key))
        this.walk(value[key] as JsonValue, this.child(node, key), multi);
    }
  }

  private fieldOf(node: PathNode<V>, value: V): CollectedField<V> {
    let field = node.field;
    if (field === undefined) {
      field = this.byName.get(node.path);
      if (field === undefined) {
        field = { name: node.path, event: -1, value, slot: undefined };
        this.byName.set(node.path, field);
      }
      node.field = field;
    }
    return field;
  }

  private leaf(node: PathNode<V>, value: Scalar, multi: boolean): void {
    const field = this.fieldOf(node, value as V);
    if (field.event !== this.event) {
      field.event = this.event;
      field.value = (multi ? [value] : value) as V;
      this.touched.push(field);
    } else if (Array.isArray(field.value)) {
      (field.value as Scalar[]).push(value);
    } else {
      field.value = [field.value, value] as V;
    }
  }

  /** An empty array where the field has no value yet in this event. */
  private empty(node: PathNode<V>): void {
    const field = this.fieldOf(node, [] as unknown as V);
    if (field.event === this.event) return;
    field.event = this.event;
    field.value = [] as unknown as V;
    this.touched.push(field);
  }

  private child(node: PathNode<V>, key: string): PathNode<V> {
    let next = node.children.get(key);
    if (next === undefined) {
      const path = node.path === '' ? key : `${node.path}.${key}`;
      next = { path, children: new Map(), field: undefined };
      node.children.set(key, next);
    }
    return next;
  }
}
