/** The UI languages, with their own names (shown in the switcher) and writing direction. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'ja', name: '日本語' },
  { code: 'id', name: 'Bahasa Indonesia' },
  { code: 'vi', name: 'Tiếng Việt' },
  { code: 'my', name: 'မြန်မာ' },
  { code: 'lo', name: 'ລາວ' },
  { code: 'km', name: 'ខ្មែរ' },
] as const;

/** A UI language code. */
export type Language = (typeof LANGUAGES)[number]['code'];

/** True when `code` is a UI language. */
export function isLanguage(code: string): code is Language {
  return LANGUAGES.some((l) => l.code === code);
}

/** The best UI language for the browser's preferences (English when none fits). */
export function preferredLanguage(preferences: readonly string[]): Language {
  for (const p of preferences) {
    const base = p.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(base)) return base;
  }
  return 'en';
}
