import type { Span } from './ast.js';

/**
 * Stable ids of hunting-language errors. The UI and CLI translate by id; the message is
 * the English rendering.
 */
export type HuntErrorId =
  /** The text does not follow the grammar. */
  | 'hunt.syntax'
  /** A field that is neither an ECS field nor present in the store, nor made by a pipe. */
  | 'hunt.unknown-field'
  /** A function name that the language does not have. */
  | 'hunt.unknown-function'
  /** A value or operator that does not fit the field's or expression's type. */
  | 'hunt.type'
  /** A regular expression the safe engines cannot run (backreference, lookaround, …). */
  | 'hunt.regex'
  /** A CIDR block that is malformed or used on a non-IP field. */
  | 'hunt.cidr'
  /** A date that is not ISO 8601. */
  | 'hunt.date'
  /** `lookup` names an indicator list that was not supplied. */
  | 'hunt.unknown-list'
  /** A number out of the allowed range (head 0, span=0, …). */
  | 'hunt.limit';

/**
 * The one error type of the hunting language: a stable id, a message, the source span it
 * points at, and (when there is one) the fix to suggest.
 */
export class HuntError extends Error {
  readonly id: HuntErrorId;
  readonly span: Span;
  readonly hint: string | undefined;

  constructor(id: HuntErrorId, message: string, span: Span, hint?: string) {
    super(message);
    this.name = 'HuntError';
    this.id = id;
    this.span = span;
    this.hint = hint;
  }
}

/** True when `e` is a {@link HuntError}. */
export function isHuntError(e: unknown): e is HuntError {
  return e instanceof HuntError;
}
