import { suggestion } from '../didYouMean.js';
import { showPath, type DocPath, type Finding } from '../Finding.js';
import { describeSchema, literalsOf, showLiterals, type SchemaNode } from './describeSchema.js';
import { describeValue, showValue } from './describeValue.js';

/** `; did you mean "x"?` for a string close to one of the allowed values, else nothing. */
function closeTo(given: unknown, allowed: readonly unknown[]): string {
  if (typeof given !== 'string') return '';
  const hint = suggestion(given, allowed.map(String), 'values');
  return hint.startsWith('; did you mean') ? hint : '';
}

/** Findings about a union none of whose branches fits the value. */
export const unionFinding = {
  /** A union of literals (an enum) given something else. */
  literal(path: DocPath, branches: readonly SchemaNode[], value: unknown): Finding {
    const allowed = branches.map((b) => b.const);
    return {
      id: 'scenario.invalid-value',
      path,
      message: `invalid value ${showValue(value)} at ${showPath(path)}: expected one of ${showLiterals(allowed)}${closeTo(value, allowed)}`,
    };
  },

  /** A value whose type fits no branch (a number where a duration or a mapping is expected). */
  wrongType(path: DocPath, node: SchemaNode | undefined, value: unknown): Finding {
    return {
      id: 'scenario.wrong-type',
      path,
      message: `wrong type at ${showPath(path)}: expected ${describeSchema(node)}, found ${describeValue(value)}`,
    };
  },

  /** A mapping without the property (`kind`) that says which form it is. */
  missingDiscriminator(
    path: DocPath,
    disc: string,
    branches: readonly SchemaNode[],
    candidates: readonly number[],
  ): Finding {
    const allowed = candidates.flatMap((k) => literalsOf(branches[k]?.properties?.[disc]) ?? []);
    return {
      id: 'scenario.missing-property',
      path,
      message: `missing property "${disc}" in ${showPath(path)}; add ${disc}: one of ${showLiterals(allowed)}`,
    };
  },

  /** A mapping whose `kind` (or `dist`, `on`, …) names no form of the union. */
  badDiscriminator(
    path: DocPath,
    disc: string,
    given: unknown,
    branches: readonly SchemaNode[],
    candidates: readonly number[],
  ): Finding {
    const allowed = candidates.flatMap((k) => literalsOf(branches[k]?.properties?.[disc]) ?? []);
    return {
      id: 'scenario.invalid-value',
      path: [...path, disc],
      message: `invalid ${disc} ${showValue(given)} at ${showPath(path)}: expected one of ${showLiterals(allowed)}${closeTo(given, allowed)}`,
    };
  },
};
