import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage } from '../i18n/languages.js';
import { switchLanguage } from '../i18n/setupI18n.js';

/** The language switcher (each language named in itself); remembers the choice. */
export function LanguageSelect({ onChange }: { readonly onChange?: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <label className="inline">
      <span className="sr-only">{t('shell.language')}</span>
      <select
        aria-label={t('shell.language')}
        value={i18n.language}
        onChange={(e) => {
          const code = e.target.value;
          if (!isLanguage(code)) return;
          localStorage.setItem('kunren.language', code);
          void switchLanguage(code);
          onChange?.(code);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
