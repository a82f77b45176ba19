import type { JsonValue } from '@kunren/domain';

/** A JSON object being built into an ECS document. */
export type Doc = { [key: string]: JsonValue };

/** The value at a dotted path of a nested document, or undefined. */
export function getPath(doc: Doc, path: string): JsonValue | undefined {
  let cur: JsonValue | undefined = doc;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

/** Sets a dotted path, creating objects on the way (replacing scalars that are in the way). */
export function setPath(doc: Doc, path: string, value: JsonValue): void {
  const parts = path.split('.');
  let cur: Doc = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i] as string;
    const next = cur[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) {
      const made: Doc = {};
      cur[key] = made;
      cur = made;
    } else {
      cur = next;
    }
  }
  cur[parts[parts.length - 1] as string] = value;
}

/** True for values Windows and Zeek use to say "nothing": undefined, null, "", "-", "(empty)". */
export function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || value === '-' || value === '(empty)'
  );
}

/** Sets a dotted path unless the value is blank or the path already holds a value. */
export function setIfAbsent(doc: Doc, path: string, value: JsonValue | undefined): void {
  if (isBlank(value) || value === undefined) return;
  if (!isBlank(getPath(doc, path))) return;
  setPath(doc, path, value);
}

/** Appends to an array at a dotted path without duplicates (ECS `related.*`). */
export function appendUnique(doc: Doc, path: string, value: JsonValue | undefined): void {
  if (isBlank(value) || value === undefined) return;
  const prev = getPath(doc, path);
  if (Array.isArray(prev)) {
    if (!prev.includes(value)) prev.push(value);
  } else if (prev === undefined || prev === null) {
    setPath(doc, path, [value]);
  } else if (prev !== value) {
    setPath(doc, path, [prev, value]);
  }
}

/** Removes a dotted path if present. */
export function deletePath(doc: Doc, path: string): void {
  const parts = path.split('.');
  const parent = getPath(doc, parts.slice(0, -1).join('.') || '');
  const target = parts.length === 1 ? doc : parent;
  if (target && typeof target === 'object' && !Array.isArray(target)) {
    delete (target as Doc)[parts[parts.length - 1] as string];
  }
}

/** Nests a record with dotted keys (`{"process.name": "x"}`) into an ECS-shaped document. */
export function unflatten(record: Readonly<Record<string, JsonValue>>): Doc {
  const doc: Doc = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === '@timestamp') doc[key] = value;
    else setPath(doc, key, value);
  }
  return doc;
}
