import type { Localized, MessageView } from '../api/types.js';

/**
 * Picks scenario text in the user's language: the exact tag, then its base language,
 * then English, then any language present.
 */
export function localize(text: Localized | undefined, language: string): string {
  if (!text) return '';
  const base = language.split('-')[0] ?? language;
  return text[language] ?? text[base] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** A message's subject and body in the user's language (an inject's or a scripted reply's, where the scenario gives it). */
export function messageText(
  m: MessageView,
  language: string,
): { readonly subject: string; readonly body: string } {
  if (!m.localized) return { subject: m.subject, body: m.body };
  return {
    subject: localize(m.localized.subject, language) || m.subject,
    body: localize(m.localized.body, language) || m.body,
  };
}
