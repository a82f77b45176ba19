/** A character test on one code point. */
export type CharTest = (cp: number) => boolean;

/** The parsed form of a safe regular expression (the RE2 ∩ JavaScript subset). */
export type RegexNode =
  /** One character: `test` is the positive set; `negate` inverts it after case folding. */
  | { readonly t: 'char'; readonly test: CharTest; readonly negate?: boolean }
  | { readonly t: 'seq'; readonly items: readonly RegexNode[] }
  | { readonly t: 'alt'; readonly items: readonly RegexNode[] }
  | { readonly t: 'repeat'; readonly node: RegexNode; readonly min: number; readonly max: number }
  | { readonly t: 'assert'; readonly kind: 'bol' | 'eol' | 'word' | 'nonword' };
