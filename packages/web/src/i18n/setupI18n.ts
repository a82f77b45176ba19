import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.js';
import type { Language } from './languages.js';

const loaders: Record<Exclude<Language, 'en'>, () => Promise<Record<string, string>>> = {
  ja: () => import('./locales/ja.js').then((m) => m.ja),
  id: () => import('./locales/id.js').then((m) => m.id),
  vi: () => import('./locales/vi.js').then((m) => m.vi),
  my: () => import('./locales/my.js').then((m) => m.my),
  lo: () => import('./locales/lo.js').then((m) => m.lo),
  km: () => import('./locales/km.js').then((m) => m.km),
};

/** Starts i18next with ICU message syntax; English is bundled, the others load on demand. */
export async function setupI18n(language: Language): Promise<i18n> {
  await i18next
    .use(ICU)
    .use(initReactI18next)
    .init({
      lng: 'en',
      fallbackLng: 'en',
      resources: { en: { translation: en } },
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  await switchLanguage(language);
  return i18next;
}

/** Loads `language` when needed and makes it current (also sets `<html lang>`). */
export async function switchLanguage(language: Language): Promise<void> {
  if (language !== 'en' && !i18next.hasResourceBundle(language, 'translation')) {
    const messages = await loaders[language]();
    i18next.addResourceBundle(language, 'translation', messages);
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
