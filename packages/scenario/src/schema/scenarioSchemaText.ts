import * as domain from '@kunren/domain';
import { scenarioJsonSchema } from './scenarioValidator.js';

/** Subschemas shorter than this (as JSON) stay inline: a `$ref` would not pay for itself. */
const MIN_SHARED = 300;

/** The format's named schemas (`Step`, `Distribution`, `Selector`, …) keyed by their JSON. */
function namedSchemas(): Map<string, string> {
  const byJson = new Map<string, string>();
  for (const [name, value] of Object.entries(domain)) {
    if (
      name === 'Scenario' ||
      !/^[A-Z]/.test(name) ||
      value === null ||
      typeof value !== 'object'
    ) {
      continue;
    }
    const json = JSON.stringify(value);
    if (json.length >= MIN_SHARED && !byJson.has(json)) byJson.set(json, name);
  }
  return byJson;
}

/** Replaces every occurrence of a named schema by a `$ref` to `definitions/<name>`. */
function factor(
  node: unknown,
  named: ReadonlyMap<string, string>,
  definitions: Record<string, unknown>,
  isDefinitionRoot = false,
): unknown {
  if (Array.isArray(node)) return node.map((n) => factor(n, named, definitions));
  if (node === null || typeof node !== 'object') return node;
  const name = isDefinitionRoot ? undefined : named.get(JSON.stringify(node));
  if (name !== undefined) {
    if (!(name in definitions)) {
      definitions[name] = null;
      definitions[name] = factor(node, named, definitions, true);
    }
    return { $ref: `#/definitions/${name}` };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = factor(v, named, definitions);
  return out;
}

/**
 * The committed JSON Schema of the scenario format (`content/scenario.schema.json`), as
 * text: the TypeBox definition the loader validates with, with the format's named parts
 * (`Step`, `Distribution`, `Selector`, …) factored into `definitions` so it stays small,
 * marked draft-07 so editors (yaml-language-server, VS Code) complete and check files.
 */
export function scenarioSchemaText(): string {
  const definitions: Record<string, unknown> = {};
  const body = factor(scenarioJsonSchema, namedSchemas(), definitions, true) as Record<
    string,
    unknown
  >;
  const sorted = Object.fromEntries(
    Object.keys(definitions)
      .sort()
      .map((k) => [k, definitions[k]]),
  );
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'kunren scenario format v1',
    description:
      'A kunren drill scenario (content/scenarios/<id>/scenario.yaml). Generated from packages/domain/src/scenario by `npm run schema`; do not edit.',
    ...body,
    definitions: sorted,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
