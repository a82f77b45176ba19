import type { DocPath, Finding } from '../Finding.js';
import type { SchemaNode } from './describeSchema.js';
import type { AjvError } from './scenarioValidator.js';
import { literalsOf } from './describeSchema.js';
import { unionFinding } from './unionFinding.js';

/** An ajv error with its data and schema paths split into segments. */
export interface LocatedError {
  readonly err: AjvError;
  readonly data: readonly string[];
  readonly schema: readonly string[];
}

/** Access to the document and the schema the errors refer to. */
export interface ErrorContext {
  valueAt(data: readonly string[]): unknown;
  schemaAt(schema: readonly string[]): SchemaNode | undefined;
  docPath(data: readonly string[]): DocPath;
}

/** Is `a` a (segment-wise) prefix of `b`? */
function isPrefix(a: readonly string[], b: readonly string[]): boolean {
  return a.length <= b.length && a.every((s, i) => b[i] === s);
}

/** Which branch of a failed union the author most likely meant, or a finding when none fits. */
type Choice = { readonly branch: number } | { readonly finding: Finding };

/** A branch is unfit when the value has the wrong shape for it at the union's own node. */
function unfit(errors: readonly LocatedError[], depth: number): boolean {
  return errors.some(
    (e) => e.data.length === depth && ['type', 'const', 'enum'].includes(e.err.keyword),
  );
}

/** Picks the branch with the fewest errors, preferring those that declare more of the value's keys. */
function best(
  indexes: readonly number[],
  byBranch: ReadonlyMap<number, readonly LocatedError[]>,
  branches: readonly SchemaNode[],
  value: unknown,
): number {
  const keys = value !== null && typeof value === 'object' ? Object.keys(value) : [];
  const score = (k: number) => {
    const declared = keys.filter((key) => branches[k]?.properties?.[key] !== undefined).length;
    return (byBranch.get(k)?.length ?? 0) * 100 - declared;
  };
  return indexes.reduce((a, b) => (score(b) < score(a) ? b : a));
}

/** A property whose constant value tells the candidate branches apart (`kind`, `dist`, `on`). */
function discriminator(
  branches: readonly SchemaNode[],
  candidates: readonly number[],
): string | undefined {
  const first = branches[candidates[0] ?? -1];
  for (const name of Object.keys(first?.properties ?? {})) {
    const all = candidates.every((k) => {
      const b = branches[k];
      return literalsOf(b?.properties?.[name]) !== undefined && (b?.required ?? []).includes(name);
    });
    if (all) return name;
  }
  return undefined;
}

/** Decides one failed `anyOf`: the branch the author meant, or a finding about the union itself. */
function choose(union: LocatedError, members: readonly LocatedError[], ctx: ErrorContext): Choice {
  const node = ctx.schemaAt(union.schema.slice(0, -1));
  const branches = node?.anyOf ?? [];
  const value = ctx.valueAt(union.data);
  const path = ctx.docPath(union.data);
  const byBranch = new Map<number, LocatedError[]>();
  for (const m of members) {
    const k = Number(m.schema[union.schema.length]);
    byBranch.set(k, [...(byBranch.get(k) ?? []), m]);
  }
  if (branches.every((b) => b.const !== undefined)) {
    return { finding: unionFinding.literal(path, branches, value) };
  }
  const candidates = branches
    .map((_, k) => k)
    .filter((k) => !unfit(byBranch.get(k) ?? [], union.data.length));
  if (candidates.length === 0) return { finding: unionFinding.wrongType(path, node, value) };
  const disc = discriminator(branches, candidates);
  if (disc !== undefined && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const given = (value as Record<string, unknown>)[disc];
    if (given === undefined)
      return { finding: unionFinding.missingDiscriminator(path, disc, branches, candidates) };
    const matching = candidates.filter((k) =>
      (literalsOf(branches[k]?.properties?.[disc]) ?? []).includes(given),
    );
    if (matching.length === 0) {
      return { finding: unionFinding.badDiscriminator(path, disc, given, branches, candidates) };
    }
    return { branch: best(matching, byBranch, branches, value) };
  }
  return { branch: best(candidates, byBranch, branches, value) };
}

/**
 * Resolves every failed union (`anyOf`) in ajv's flat error list, outermost first: keeps the
 * errors of the branch the author most likely meant (by discriminator such as `kind`, else
 * by fewest errors) and drops the others, or replaces the union's errors by one finding
 * ("expected one of …") when no branch fits. Returns the errors left and those findings.
 */
export function resolveUnions(
  errors: readonly LocatedError[],
  ctx: ErrorContext,
): { errors: LocatedError[]; findings: Finding[] } {
  const removed = new Set<LocatedError>();
  const findings: Finding[] = [];
  const unions = errors
    .filter((e) => e.err.keyword === 'anyOf')
    .sort((a, b) => a.schema.length - b.schema.length || a.data.length - b.data.length);
  for (const union of unions) {
    if (removed.has(union)) continue;
    removed.add(union);
    const prefix = union.schema.join('/') + '/';
    const members = errors.filter(
      (e) =>
        !removed.has(e) && e.schema.join('/').startsWith(prefix) && isPrefix(union.data, e.data),
    );
    const choice = choose(union, members, ctx);
    for (const m of members) {
      const k = Number(m.schema[union.schema.length]);
      if (!('branch' in choice) || k !== choice.branch) removed.add(m);
    }
    if ('finding' in choice) findings.push(choice.finding);
  }
  return { errors: errors.filter((e) => !removed.has(e)), findings };
}
