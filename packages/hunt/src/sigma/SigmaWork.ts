import type { SigmaStringPart } from './sigmaString.js';

/**
 * A detection value while its modifiers are applied: the typed form the compiler turns
 * into a hunt expression.
 */
export type SigmaWork =
  | {
      readonly kind: 'string';
      readonly parts: readonly SigmaStringPart[];
      /** The text parts are byte strings (after `wide`/`utf16*`), one char per byte. */
      readonly binary: boolean;
      /** `utf16` added a byte order mark. */
      readonly bom: boolean;
    }
  | { readonly kind: 'number'; readonly value: number; readonly written: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'regex'; readonly pattern: string; readonly flags: string }
  | { readonly kind: 'cidr'; readonly value: string }
  | {
      readonly kind: 'fieldref';
      readonly field: string;
      readonly startswith: boolean;
      readonly endswith: boolean;
    }
  | { readonly kind: 'compare'; readonly op: '<' | '<=' | '>' | '>='; readonly value: number }
  | { readonly kind: 'exists'; readonly value: boolean }
  /** Variants of one value that are always OR-linked (base64offset, windash, expand). */
  | { readonly kind: 'expansion'; readonly items: readonly SigmaWork[] };

/** A detection item's values after its modifiers, and how they are linked. */
export interface SigmaWorkItem {
  readonly values: readonly SigmaWork[];
  /** `all`: the values are AND-linked instead of OR-linked. */
  readonly all: boolean;
  /** `cased`: string comparisons are case-sensitive. */
  readonly cased: boolean;
  /** `neq`: the item matches when none of the values does. */
  readonly negate: boolean;
}
