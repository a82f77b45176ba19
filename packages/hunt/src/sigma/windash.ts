import { normalizeParts } from './sigmaString.js';
import type { SigmaStringPart } from './sigmaString.js';

/** The characters Windows accepts as an option prefix: - / – — ―. */
export const windashChars = ['-', '/', '\u2013', '\u2014', '\u2015'] as const;

const optionDash = /\B[-/]\b/g;

/**
 * All variants of a value with each option dash (`-` or `/` starting a word after a non-word
 * character, as pySigma's `\B[-/]\b`) replaced by every one of {@link windashChars}.
 */
export function windashVariants(parts: readonly SigmaStringPart[]): SigmaStringPart[][] {
  let variants: SigmaStringPart[][] = [[]];
  for (const part of parts) {
    if (part.kind !== 'text') {
      variants = variants.map((v) => [...v, part]);
      continue;
    }
    const pieces = part.text.split(optionDash);
    if (pieces.length === 1) {
      variants = variants.map((v) => [...v, part]);
      continue;
    }
    let texts: string[] = [pieces[0] ?? ''];
    for (const piece of pieces.slice(1)) {
      texts = texts.flatMap((t) => windashChars.map((c) => t + c + piece));
    }
    variants = variants.flatMap((v) =>
      texts.map((t) => [...v, { kind: 'text', text: t } as const]),
    );
  }
  return variants.map(normalizeParts);
}
