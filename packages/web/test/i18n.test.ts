import { IntlMessageFormat } from 'intl-messageformat';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/locales/en.js';
import { id } from '../src/i18n/locales/id.js';
import { ja } from '../src/i18n/locales/ja.js';
import { km } from '../src/i18n/locales/km.js';
import { lo } from '../src/i18n/locales/lo.js';
import { my } from '../src/i18n/locales/my.js';
import { vi } from '../src/i18n/locales/vi.js';
import { LANGUAGES } from '../src/i18n/languages.js';

const locales: Record<string, Record<string, string>> = { ja, id, vi, my, lo, km };

/** Argument names a message uses, with their kind (plain, plural, …). */
function argumentsOf(
  elements: readonly MessageFormatElement[],
  out = new Set<string>(),
): Set<string> {
  for (const e of elements) {
    if (
      e.type === TYPE.argument ||
      e.type === TYPE.number ||
      e.type === TYPE.date ||
      e.type === TYPE.time
    )
      out.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.add(e.value);
      for (const option of Object.values(e.options)) argumentsOf(option.value, out);
    }
    if (e.type === TYPE.tag) argumentsOf(e.children, out);
  }
  return out;
}

const args = (msg: string, lang: string) =>
  [...argumentsOf(new IntlMessageFormat(msg, lang).getAst())].sort();

// Messages that are the same in every language: the brand, a format, file-format names.
const universal = new Set([
  'app.name',
  'clock.speed',
  'assets.confirm',
  'evidence.kind.url',
  'evidence.kind.sha256',
  'evidence.kind.md5',
  'inbox.inject',
]);

describe('UI messages', () => {
  it('the switcher offers exactly the locales that have messages, plus English', () => {
    expect(LANGUAGES.map((l) => l.code).sort()).toEqual(['en', ...Object.keys(locales)].sort());
  });

  it.each(Object.keys(locales))('%s has every English key and no other', (lang) => {
    const keys = Object.keys(locales[lang]!);
    const missing = Object.keys(en).filter((k) => !keys.includes(k));
    const extra = keys.filter((k) => !(k in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(['en', ...Object.keys(locales)])(
    'every %s message parses as ICU and uses the English placeholders',
    (lang) => {
      const messages = lang === 'en' ? en : locales[lang]!;
      const wrong: string[] = [];
      for (const [key, msg] of Object.entries(messages)) {
        const expected = args(en[key as keyof typeof en], 'en');
        if (JSON.stringify(args(msg, lang)) !== JSON.stringify(expected))
          wrong.push(`${key}: ${args(msg, lang).join(',')} ≠ ${expected.join(',')}`);
      }
      expect(wrong).toEqual([]);
    },
  );

  it.each(Object.keys(locales))('%s is translated, not copied from English', (lang) => {
    const copied = Object.entries(locales[lang]!)
      .filter(
        ([key, msg]) =>
          !universal.has(key) &&
          msg === en[key as keyof typeof en] &&
          /[a-z]{3,}\s+[a-z]{3,}/i.test(msg),
      )
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });

  it.each(['my', 'lo', 'km', 'ja'])('%s messages are written in their own script', (lang) => {
    const script = {
      my: /[\u1000-\u109f]/,
      lo: /[\u0e80-\u0eff]/,
      km: /[\u1780-\u17ff]/,
      ja: /[\u3040-\u30ff\u4e00-\u9fff]/,
    }[lang]!;
    const latinOnly = Object.entries(locales[lang]!)
      .filter(
        ([key, msg]) =>
          !universal.has(key) &&
          /[a-z]{4,}/i.test(msg.replace(/\{[^}]*\}/g, '')) &&
          !script.test(msg),
      )
      .map(([key]) => key);
    expect(latinOnly).toEqual([]);
  });

  it('plural messages format for zero, one and many in every locale', () => {
    for (const lang of ['en', ...Object.keys(locales)]) {
      const messages = lang === 'en' ? en : locales[lang]!;
      for (const n of [0, 1, 7]) {
        const text = new IntlMessageFormat(messages['tasks.attemptsLeft'], lang).format({
          count: n,
        });
        expect(String(text)).not.toContain('{');
      }
    }
  });
});
