import { describePattern } from './describePattern.js';

/** A JSON Schema node as TypeBox emits it (the subset the format uses). */
export interface SchemaNode {
  readonly type?: string;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly format?: string;
  readonly anyOf?: readonly SchemaNode[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly patternProperties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly description?: string;
}

/** The constant values a node allows when it is a literal or a union of literals. */
export function literalsOf(node: SchemaNode | undefined): unknown[] | undefined {
  if (!node) return undefined;
  if (node.const !== undefined) return [node.const];
  if (node.enum) return [...node.enum];
  if (node.anyOf && node.anyOf.every((b) => b.const !== undefined))
    return node.anyOf.map((b) => b.const);
  return undefined;
}

/** A list of allowed values for a message: `workstation, laptop, …`. */
export function showLiterals(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

/** What a schema node expects, in words: `a duration such as 90s…`, `one of low, high`. */
export function describeSchema(node: SchemaNode | undefined): string {
  if (!node) return 'a value';
  const lits = literalsOf(node);
  if (lits) return lits.length === 1 ? showLiterals(lits) : `one of ${showLiterals(lits)}`;
  if (node.anyOf) {
    const objects = node.anyOf.filter((b) => b.type === 'object');
    const others = node.anyOf.filter((b) => b.type !== 'object').map(describeSchema);
    const disc = Object.keys(objects[0]?.properties ?? {}).find((p) =>
      objects.every((b) => literalsOf(b.properties?.[p]) !== undefined),
    );
    const mapping =
      objects.length > 1 && disc !== undefined
        ? [
            `a mapping with ${disc}: one of ${showLiterals(objects.flatMap((b) => literalsOf(b.properties?.[disc]) ?? []))}`,
          ]
        : objects.map(describeSchema);
    return [...new Set([...others, ...mapping])].join(' or ');
  }
  if (node.pattern) return describePattern(node.pattern);
  if (node.format === 'date-time') return 'an ISO 8601 UTC date-time such as 2026-03-09T00:00:00Z';
  switch (node.type) {
    case 'string':
      return 'text';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object': {
      if (node.properties?.en !== undefined && node.required?.includes('en')) {
        return 'localised text such as {en: …, ja: …}';
      }
      const disc = Object.entries(node.properties ?? {}).find(
        ([, p]) => literalsOf(p) !== undefined,
      );
      return disc
        ? `a mapping with ${disc[0]}: ${showLiterals(literalsOf(disc[1]) ?? [])}`
        : 'a mapping';
    }
    default:
      return 'a value';
  }
}
