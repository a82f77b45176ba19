import type { Localized } from '../api/types.js';

/**
 * Picks scenario text in the user's language: the exact tag, then its base language,
 * then English, then any language present.
 */
export function localize(text: Localized | undefined, language: string): string {
  if (!text) return '';
  const base = language.split('-')[0] ?? language;
  return text[language] ?? text[base] ?? text.en ?? Object.values(text)[0] ?? '';
}
