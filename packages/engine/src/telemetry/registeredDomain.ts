/** The parts of a DNS name ECS splits out (`registered_domain`, `subdomain`, `top_level_domain`). */
export interface DomainParts {
  readonly registered_domain: string;
  readonly top_level_domain: string;
  readonly subdomain?: string;
}

/**
 * Public suffixes of two labels that kunren's worlds use (ASEAN governments and companies,
 * Japan, common registrars). Not the full Public Suffix List: names under other two-label
 * suffixes are split as if the suffix were one label.
 */
const TWO_LABEL = new Set([
  'go.jp',
  'co.jp',
  'ne.jp',
  'or.jp',
  'ac.jp',
  'lg.jp',
  'go.id',
  'co.id',
  'ac.id',
  'or.id',
  'web.id',
  'gov.vn',
  'com.vn',
  'edu.vn',
  'net.vn',
  'gov.ph',
  'com.ph',
  'edu.ph',
  'gov.kh',
  'com.kh',
  'edu.kh',
  'gov.la',
  'com.la',
  'edu.la',
  'gov.mm',
  'com.mm',
  'edu.mm',
  'go.th',
  'co.th',
  'ac.th',
  'gov.my',
  'com.my',
  'gov.sg',
  'com.sg',
  'co.uk',
  'gov.uk',
  'ac.uk',
  'com.au',
  'gov.au',
  'com.cn',
  'com.hk',
  'co.kr',
  'go.kr',
  'com.br',
  'co.in',
  'gov.in',
  'go.example',
  'co.example',
]);

const cache = new Map<string, DomainParts | null>();

/**
 * Splits a DNS name into ECS domain parts, like Elasticsearch's `registered_domain`
 * processor; null for names with a single label. Cached (a run resolves few distinct names).
 */
export function registeredDomain(name: string): DomainParts | null {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const labels = name.toLowerCase().split('.');
  let parts: DomainParts | null = null;
  const n = labels.length;
  if (n >= 2) {
    const last2 = labels[n - 2] + '.' + labels[n - 1];
    const tldLabels = n >= 3 && TWO_LABEL.has(last2) ? 2 : 1;
    if (n > tldLabels) {
      const regStart = n - tldLabels - 1;
      const sub = labels.slice(0, regStart).join('.');
      parts = {
        registered_domain: labels.slice(regStart).join('.'),
        top_level_domain: labels.slice(n - tldLabels).join('.'),
        ...(sub !== '' ? { subdomain: sub } : {}),
      };
    }
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(name, parts);
  return parts;
}
