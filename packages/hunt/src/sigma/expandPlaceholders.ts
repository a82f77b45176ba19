import { sigmaError } from './SigmaError.js';
import type { SigmaError } from './SigmaError.js';
import type { ModifierOptions } from './applyModifiers.js';
import type { SigmaDetectionItem } from './SigmaRule.js';
import { normalizeParts, parseSigmaString } from './sigmaString.js';
import type { SigmaStringPart } from './sigmaString.js';
import type { SigmaWork } from './SigmaWork.js';

/**
 * The `expand` modifier: `%name%` placeholders in a value (not `\%`-escaped) become the
 * values given for them, OR-linked; a placeholder without values fails the rule.
 */
export function expandPlaceholders(
  work: SigmaWork & { kind: 'string' },
  item: SigmaDetectionItem,
  options: ModifierOptions,
): SigmaWork | SigmaError {
  const parts: SigmaStringPart[] = work.parts.flatMap((p): SigmaStringPart[] => {
    if (p.kind !== 'text') return [p];
    return p.text
      .split(/(?<!\\)%(\w+)%/)
      .map((piece, i): SigmaStringPart =>
        i % 2 === 1
          ? { kind: 'placeholder', name: piece }
          : { kind: 'text', text: piece.replace(/\\%/g, '%') },
      );
  });
  const names = parts.flatMap((p) => (p.kind === 'placeholder' ? [p.name] : []));
  const missing = names.filter((n) => !options.placeholders?.has(n));
  if (missing.length > 0) {
    return sigmaError(
      'sigma.placeholder',
      `placeholder ${missing.map((n) => `%${n}%`).join(', ')} has no values`,
      item.position,
      'pass values for it (compile option `placeholders`, CLI `--placeholder Name=a,b`), or drop the rule',
    );
  }
  let variants: SigmaStringPart[][] = [[]];
  for (const p of parts) {
    if (p.kind !== 'placeholder') {
      variants = variants.map((v) => [...v, p]);
      continue;
    }
    const vals = options.placeholders?.get(p.name) ?? [];
    variants = variants.flatMap((v) => vals.map((x) => [...v, ...parseSigmaString(x)]));
  }
  const items: SigmaWork[] = variants.map((v) => ({ ...work, parts: normalizeParts(v) }));
  return items.length === 1 && items[0] ? items[0] : { kind: 'expansion', items };
}
