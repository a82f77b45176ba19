import type { ProblemId } from './Problem.js';

/** A path into the scenario document: property names and array indexes. */
export type DocPath = readonly (string | number)[];

/**
 * A problem before it has a position: where it is as a path into the document. The loader
 * turns it into a {@link Problem} with the line and column of that node.
 */
export interface Finding {
  readonly id: ProblemId;
  readonly path: DocPath;
  /** Point at the property's key rather than its value (unknown or duplicate keys). */
  readonly key?: boolean;
  /** Text of the message; `{seeAlso}` in it is replaced by the line of `seeAlso`. */
  readonly message: string;
  /** Text inside the node to point at (a `{{template}}` within a longer string). */
  readonly needle?: string;
  /** Another node the message refers to (the first definition of a duplicate). */
  readonly seeAlso?: DocPath;
}

/** Renders a path the way an author reads it: `organisation.hosts[3].name`. */
export function showPath(path: DocPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out === '' ? 'the document' : out;
}
