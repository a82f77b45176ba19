import type { DocPath } from '../Finding.js';

/** Calls `visit` for every string in a document, in document order, with its path. */
export function walkStrings(
  value: unknown,
  visit: (text: string, path: DocPath) => void,
  path: DocPath = [],
): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, visit, [...path, i]));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walkStrings(v, visit, [...path, k]);
  }
}
