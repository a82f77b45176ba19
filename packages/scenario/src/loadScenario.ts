import type { Scenario } from '@kunren/domain';
import type { Finding } from './Finding.js';
import type { Problem } from './Problem.js';
import { semanticChecks } from './checks/semanticChecks.js';
import type { SchemaNode } from './schema/describeSchema.js';
import { scenarioJsonSchema, validateScenarioSchema } from './schema/scenarioValidator.js';
import { translateSchemaErrors } from './schema/translateSchemaErrors.js';
import { locate, parseYamlSource, positionOf, type YamlSource } from './YamlSource.js';

/** The outcome of loading a scenario: the typed scenario, or every problem found. */
export type LoadResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Gives findings their positions and sorts them by line and column (stable). */
function place(source: YamlSource, file: string, findings: readonly Finding[]): Problem[] {
  const placed = findings.map((f, order) => {
    const pos = locate(source, f.path, f.key ?? false, f.needle);
    const see = f.seeAlso ? locate(source, f.seeAlso) : undefined;
    const message = see ? f.message.replace('{seeAlso}', `line ${see.line}`) : f.message;
    return { problem: { id: f.id, file, line: pos.line, col: pos.col, message }, order };
  });
  placed.sort(
    (a, b) => a.problem.line - b.problem.line || a.problem.col - b.problem.col || a.order - b.order,
  );
  return placed.map((p) => p.problem);
}

/**
 * The first YAML syntax error as a problem (later ones are mostly its echoes), with the
 * first line of the parser's message, at its position.
 */
function syntaxProblems(source: YamlSource, file: string): Problem[] {
  return source.doc.errors.slice(0, 1).map((e) => {
    const pos = positionOf(source, e.pos[0]);
    const key = (
      /^\s*("[^"]*"|'[^']*'|[^:\n]+?)\s*:/.exec(source.text.slice(e.pos[0]))?.[1] ?? ''
    ).replace(/^["']|["']$/g, '');
    const text =
      e.code === 'DUPLICATE_KEY' && key !== ''
        ? `duplicate key "${key}": a mapping has each key once; remove or rename one`
        : e.code === 'MULTIPLE_DOCS'
          ? 'a scenario file holds one YAML document; remove the --- separator and what follows'
          : (e.message.split('\n')[0] ?? e.code).replace(/ at line \d+, column \d+:?$/, '');
    return {
      id: 'scenario.yaml-syntax',
      file,
      line: pos.line,
      col: pos.col,
      message: `YAML syntax: ${text}`,
    };
  });
}

/**
 * Loads a scenario from YAML text: parses it keeping positions, validates it against the
 * format's schema, then checks what a schema cannot (references, duplicates, addresses,
 * ATT&CK ids, the campaign graph, answer keys, hours). Never throws for bad input: every
 * problem comes back as a value with a stable id and `file:line:col`.
 *
 * @param text the YAML source
 * @param file the name to report problems under (usually the path as the user gave it)
 */
export function loadScenario(text: string, file: string): LoadResult {
  const source = parseYamlSource(text);
  const syntax = syntaxProblems(source, file);
  if (syntax.length > 0) return { ok: false, problems: syntax };
  let data: unknown;
  try {
    data = source.doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const message = `YAML: ${(e as Error).message}; remove or simplify the aliases (*name)`;
    return {
      ok: false,
      problems: [{ id: 'scenario.yaml-syntax', file, line: 1, col: 1, message }],
    };
  }
  const schemaErrors = validateScenarioSchema(data);
  if (schemaErrors.length > 0) {
    const findings = translateSchemaErrors(schemaErrors, data, scenarioJsonSchema as SchemaNode);
    return { ok: false, problems: place(source, file, findings) };
  }
  const scenario = data as Scenario;
  const findings = semanticChecks(scenario);
  if (findings.length > 0) return { ok: false, problems: place(source, file, findings) };
  return { ok: true, scenario };
}
