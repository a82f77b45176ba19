import { didYouMean } from '../didYouMean.js';
import { showPath, type DocPath, type Finding } from '../Finding.js';
import { describeSchema, type SchemaNode } from './describeSchema.js';
import { describePattern } from './describePattern.js';
import { describeValue, showValue } from './describeValue.js';
import { resolveUnions, type ErrorContext, type LocatedError } from './resolveUnions.js';
import type { AjvError } from './scenarioValidator.js';

/** Splits a JSON pointer (`/a/b~1c`) into segments. */
function pointer(p: string): string[] {
  if (p === '' || p === '#') return [];
  return p
    .replace(/^#/, '')
    .split('/')
    .slice(1)
    .map((s) => {
      let seg = s;
      try {
        seg = decodeURIComponent(s);
      } catch {
        // keep it as it is
      }
      return seg.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

/** Walks `root` along `segments` (object keys and array indexes). */
function walk(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (const s of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[s];
  }
  return node;
}

/** Builds the context that resolves data and schema paths. */
function context(data: unknown, schema: SchemaNode): ErrorContext {
  return {
    valueAt: (segments) => walk(data, segments),
    schemaAt: (segments) => walk(schema, segments) as SchemaNode | undefined,
    docPath: (segments) => {
      const out: (string | number)[] = [];
      let node = data;
      for (const s of segments) {
        out.push(Array.isArray(node) ? Number(s) : s);
        node =
          node !== null && typeof node === 'object'
            ? (node as Record<string, unknown>)[s]
            : undefined;
      }
      return out;
    },
  };
}

/** Is this path `tasks[n]` or below it (the task without an answer key)? */
function taskId(data: unknown, path: DocPath): string | undefined {
  if (path[0] !== 'tasks' || typeof path[1] !== 'number') return undefined;
  const id = walk(data, ['tasks', String(path[1]), 'id']);
  return typeof id === 'string' ? `task "${id}"` : `tasks[${path[1]}]`;
}

/** Translates one ajv error (left after union resolution) into a finding that names the fix. */
function translate(e: LocatedError, ctx: ErrorContext, data: unknown): Finding {
  const path = ctx.docPath(e.data);
  const where = showPath(path);
  const value = ctx.valueAt(e.data);
  const params = e.err.params;
  const parent = ctx.schemaAt(e.schema.slice(0, -1));
  switch (e.err.keyword) {
    case 'required': {
      const missing = String(params.missingProperty ?? '').replace(/^[./]/, '');
      if (missing === 'key' && path.length === 3 && path[2] === 'answer' && taskId(data, path)) {
        return {
          id: 'scenario.task-without-answer',
          path,
          message: `${taskId(data, path)} has no answer key; add key: [the correct answer] under answer`,
        };
      }
      if (missing === 'answer' && path.length === 2 && taskId(data, path)) {
        return {
          id: 'scenario.task-without-answer',
          path,
          message: `${taskId(data, path)} has no answer; add answer: {type: …, key: [the correct answer]}`,
        };
      }
      return {
        id: 'scenario.missing-property',
        path,
        message: `missing property "${missing}" in ${where}; add ${missing}: ${describeSchema(parent?.properties?.[missing])}`,
      };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const patterns = Object.keys(parent?.patternProperties ?? {});
      if (patterns.length > 0) {
        return {
          id: 'scenario.invalid-name',
          path: [...path, extra],
          key: true,
          message: `invalid name "${extra}" in ${where}: expected ${describePattern(patterns[0] as string)}`,
        };
      }
      const known = Object.keys(parent?.properties ?? {});
      const close = didYouMean(extra, known);
      return {
        id: 'scenario.unknown-property',
        path: [...path, extra],
        key: true,
        message:
          `unknown property "${extra}" in ${where}` +
          (close !== undefined
            ? `; did you mean "${close}"?`
            : `; expected one of ${known.join(', ')}`),
      };
    }
    case 'type': {
      if (path.length === 0) {
        return {
          id: 'scenario.not-a-mapping',
          path,
          message: `a scenario is a YAML mapping starting with format: kunren/scenario@1, found ${describeValue(value)}`,
        };
      }
      if (path.length === 3 && path[2] === 'answer' && taskId(data, path)) {
        return {
          id: 'scenario.task-without-answer',
          path,
          message: `${taskId(data, path)} has no answer; write answer: {type: …, key: [the correct answer]}`,
        };
      }
      const quote =
        params.type === 'string' && (typeof value === 'number' || typeof value === 'boolean')
          ? '; put it in quotes'
          : '';
      return {
        id: 'scenario.wrong-type',
        path,
        message: `wrong type at ${where}: expected ${describeSchema(parent)}, found ${describeValue(value)}${quote}`,
      };
    }
    case 'const':
    case 'enum':
    case 'pattern':
    case 'format':
      return {
        id: 'scenario.invalid-value',
        path,
        message: `invalid value ${showValue(value)} at ${where}: expected ${describeSchema(parent)}`,
      };
    case 'minItems': {
      if (path.length === 4 && path[2] === 'answer' && path[3] === 'key' && taskId(data, path)) {
        return {
          id: 'scenario.task-without-answer',
          path,
          message: `${taskId(data, path)} has no answer key; list the correct answer in answer.key`,
        };
      }
      return {
        id: 'scenario.too-few',
        path,
        message: `too few items in ${where}: expected at least ${String(params.limit)}, found ${Array.isArray(value) ? value.length : 0}`,
      };
    }
    case 'maxItems':
      return {
        id: 'scenario.too-many',
        path,
        message: `too many items in ${where}: expected at most ${String(params.limit)}`,
      };
    case 'minLength':
      return {
        id: 'scenario.invalid-value',
        path,
        message: `empty text at ${where}: write at least ${String(params.limit)} character(s)`,
      };
    case 'maxLength':
      return {
        id: 'scenario.invalid-value',
        path,
        message: `text too long at ${where}: at most ${String(params.limit)} characters`,
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const words: Record<string, string> = {
        '>=': 'at least',
        '<=': 'at most',
        '>': 'more than',
        '<': 'less than',
      };
      const cmp = words[String(params.comparison)] ?? String(params.comparison);
      return {
        id: 'scenario.out-of-range',
        path,
        message: `value ${showValue(value)} at ${where} is out of range: expected ${cmp} ${String(params.limit)}`,
      };
    }
    default:
      return {
        id: 'scenario.invalid-value',
        path,
        message: `invalid value at ${where}: ${e.err.message ?? e.err.keyword}`,
      };
  }
}

/**
 * Turns ajv's errors for a scenario document into findings an author can act on: failed
 * unions reduced to the branch meant, enums listed with a did-you-mean, unknown properties
 * with the closest known one, patterns described in words. Duplicates are dropped.
 */
export function translateSchemaErrors(
  errors: readonly AjvError[],
  data: unknown,
  schema: SchemaNode,
): Finding[] {
  const ctx = context(data, schema);
  const located = errors.map((err) => ({
    err,
    data: pointer(err.dataPath),
    schema: pointer(err.schemaPath),
  }));
  const { errors: left, findings } = resolveUnions(located, ctx);
  const translated = left.map((e) => translate(e, ctx, data));
  // `hostname` given where `name` is missing: the unknown-property hint says it all.
  const meant = new Set(
    translated.flatMap((f) => {
      const m = /did you mean "([^"]+)"/.exec(f.message);
      return f.id === 'scenario.unknown-property' && m
        ? [`${showPath(f.path.slice(0, -1))}|${m[1]}`]
        : [];
    }),
  );
  const all = [...findings, ...translated].filter((f) => {
    const m = /^missing property "([^"]+)"/.exec(f.message);
    return !(f.id === 'scenario.missing-property' && m && meant.has(`${showPath(f.path)}|${m[1]}`));
  });
  const seen = new Set<string>();
  return all.filter((f) => {
    const k = `${showPath(f.path)}|${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
