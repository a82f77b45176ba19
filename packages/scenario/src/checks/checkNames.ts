import type { Scenario } from '@kunren/domain';
import type { DocPath, Finding } from '../Finding.js';

const INDICATOR_NAME = /^[a-zA-Z][a-zA-Z0-9]*$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

/** Country codes often written where a language tag is meant. */
const COUNTRY_FOR_LANGUAGE: Record<string, string> = {
  jp: 'ja',
  vn: 'vi',
  kh: 'km',
  mm: 'my',
  la: 'lo',
  in: 'id',
  cn: 'zh',
  kr: 'ko',
};

/** Localised-text mappings: objects whose `en` and every other value are strings. */
function localisedTexts(
  value: unknown,
  path: DocPath,
  visit: (text: Record<string, unknown>, path: DocPath) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => localisedTexts(v, [...path, i], visit));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  if (typeof obj.en === 'string' && Object.values(obj).every((v) => typeof v === 'string')) {
    visit(obj, path);
    return;
  }
  for (const [k, v] of Object.entries(obj)) localisedTexts(v, [...path, k], visit);
}

/**
 * Names the schema constrains only by convention: indicator names are letters and digits
 * (they appear in `{{indicator.<name>}}`), and localised texts are keyed by language tags
 * (`ja`, not the country code `jp`).
 */
export function checkNames(scenario: Scenario): Finding[] {
  const out: Finding[] = [];
  for (const name of Object.keys(scenario.adversary.indicators)) {
    if (INDICATOR_NAME.test(name)) continue;
    out.push({
      id: 'scenario.invalid-name',
      path: ['adversary', 'indicators', name],
      key: true,
      message: `invalid indicator name "${name}": use letters and digits starting with a letter, such as ${name.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase()).replace(/^[^a-zA-Z]+/, '') || 'c2Domain'}`,
    });
  }
  localisedTexts(scenario, [], (text, path) => {
    for (const tag of Object.keys(text)) {
      const meant = COUNTRY_FOR_LANGUAGE[tag];
      if (LANGUAGE_TAG.test(tag) && meant === undefined) continue;
      out.push({
        id: 'scenario.invalid-name',
        path: [...path, tag],
        key: true,
        message: meant
          ? `"${tag}" is a country code, not a language tag; did you mean "${meant}"?`
          : `invalid language tag "${tag}"; use tags such as en, ja, id, vi, my, lo, km`,
      });
    }
  });
  return out;
}
