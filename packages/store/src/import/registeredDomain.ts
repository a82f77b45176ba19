/**
 * Second-level labels under which registrations happen (a small, fixed part of the Public
 * Suffix List: the common ones and those of the programme's region). Anything else counts
 * as a one-label public suffix.
 */
const MULTI_LABEL_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'com.au',
  'net.au',
  'org.au',
  'gov.au',
  'edu.au',
  'co.jp',
  'ne.jp',
  'or.jp',
  'go.jp',
  'ac.jp',
  'co.kr',
  'or.kr',
  'go.kr',
  'com.cn',
  'gov.cn',
  'com.hk',
  'gov.hk',
  'com.tw',
  'gov.tw',
  'com.sg',
  'gov.sg',
  'edu.sg',
  'com.my',
  'gov.my',
  'co.id',
  'go.id',
  'ac.id',
  'or.id',
  'web.id',
  'my.id',
  'com.vn',
  'gov.vn',
  'edu.vn',
  'net.vn',
  'com.ph',
  'gov.ph',
  'edu.ph',
  'net.ph',
  'com.kh',
  'gov.kh',
  'edu.kh',
  'org.kh',
  'com.la',
  'gov.la',
  'edu.la',
  'net.la',
  'com.mm',
  'gov.mm',
  'edu.mm',
  'net.mm',
  'co.th',
  'go.th',
  'ac.th',
  'in.th',
  'or.th',
  'co.in',
  'gov.in',
  'com.br',
  'gov.br',
  'co.nz',
  'govt.nz',
  'co.za',
]);

/** `dns.question.*` parts of a DNS name: registered domain, top-level domain, subdomain. */
export interface DomainParts {
  readonly registered_domain?: string;
  readonly top_level_domain?: string;
  readonly subdomain?: string;
}

/**
 * Splits a host name like Elasticsearch's `registered_domain` processor does, with the
 * short suffix list above instead of the whole Public Suffix List.
 */
export function registeredDomain(name: string): DomainParts {
  const host = name.trim().replace(/\.$/, '').toLowerCase();
  if (host === '' || /^[\d.]+$/.test(host) || host.includes(':')) return {};
  const labels = host.split('.');
  if (labels.length < 2) return {};
  const two = labels.slice(-2).join('.');
  const suffixLabels = labels.length >= 3 && MULTI_LABEL_SUFFIXES.has(two) ? 2 : 1;
  if (labels.length <= suffixLabels) return {};
  const tld = labels.slice(-suffixLabels).join('.');
  const registered = labels.slice(-(suffixLabels + 1)).join('.');
  const sub = labels.slice(0, -(suffixLabels + 1)).join('.');
  return {
    registered_domain: registered,
    top_level_domain: tld,
    ...(sub ? { subdomain: sub } : {}),
  };
}
