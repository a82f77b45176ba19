import { attackTechniques } from '../attack/attackTechnique.js';
import { formatIpv4, parseCidr, type Ipv4Network } from './ipv4.js';
import { refang } from './refang.js';

/** Strips quotes, angle brackets and trailing sentence punctuation an answer may carry. */
function bare(text: string): string {
  return text
    .trim()
    .replace(/^["'`<(]+|["'`>)]+$/g, '')
    .trim();
}

/** The host part of a URL-ish string (`hxxps://Evil[.]com:443/x` → `evil.com`), dots trimmed. */
export function normaliseDomain(text: string): string {
  let t = bare(refang(text)).toLowerCase();
  t = t.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  t = t.replace(/^[^@/]*@/, '');
  t = t.split(/[/?#]/)[0] ?? '';
  t = t.replace(/:\d+$/, '');
  return t.replace(/^\.+|\.+$/g, '');
}

/**
 * A URL compared without its scheme: lower-case host, default port and trailing slash
 * dropped, path and query kept as written (`hxxp://Evil[.]com/a/` → `evil.com/a`).
 */
export function normaliseUrl(text: string): string {
  const t = bare(refang(text)).replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const cut = t.search(/[/?#]/);
  const host = normaliseDomain(cut < 0 ? t : t.slice(0, cut));
  const rest = (cut < 0 ? '' : t.slice(cut))
    .replace(/#.*$/, '')
    .replace(/\/+$/, '')
    .replace(/\/(\?)/, '$1');
  return host + rest;
}

/** An IPv4 address or network, defanged or with a port (`10[.]0[.]0[.]1:443`), or undefined. */
export function normaliseIp(text: string): Ipv4Network | undefined {
  const t = bare(refang(text)).replace(/^\[|\]$/g, '');
  const noPort = /^\d+\.\d+\.\d+\.\d+:\d+$/.test(t) ? t.replace(/:\d+$/, '') : t;
  return parseCidr(noPort);
}

/** An IPv4 network shown as an address (/32) or CIDR. */
export function showNetwork(net: Ipv4Network): string {
  return net.prefix === 32 ? formatIpv4(net.base) : `${formatIpv4(net.base)}/${net.prefix}`;
}

/** A hash in lower case without spaces or a `sha256:` / `md5=` label. */
export function normaliseHash(text: string): string {
  return bare(text)
    .toLowerCase()
    .replace(/^(?:sha256|sha1|md5|sha-256|sha-1)\s*[:=]\s*/, '')
    .replace(/\s+/g, '');
}

/** A host's short name: `\\WS-FIN-01.mof.go.example\` → `ws-fin-01`; `WS01$` → `ws01`. */
export function normaliseHost(text: string): string {
  const t = bare(refang(text))
    .toLowerCase()
    .replace(/^\\\\/, '')
    .replace(/[\\/].*$/, '')
    .replace(/\$$/, '')
    .replace(/\.+$/, '');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(t)) return t;
  return t.split('.')[0] ?? t;
}

/** A username without its domain: `MOF\Budi`, `budi@mof.go.example`, `budi` → `budi`. */
export function normaliseUser(text: string): string {
  const t = bare(refang(text)).toLowerCase();
  const afterSlash = t.includes('\\') ? (t.split('\\').pop() ?? t) : t;
  return afterSlash.replace(/@.*$/, '');
}

/** An e-mail address: `Name <A[at]B[.]org>`, `mailto:a@b.org` → `a@b.org`. */
export function normaliseEmail(text: string): string {
  const t = refang(text).trim();
  const angle = /<([^>]+)>/.exec(t);
  return bare(angle ? (angle[1] ?? t) : t)
    .toLowerCase()
    .replace(/^mailto:/, '')
    .replace(/\.+$/, '');
}

/** A file name or path compared case-insensitively with Windows separators. */
export function normaliseFilename(text: string, keepPath: boolean): string {
  const t = bare(refang(text)).toLowerCase().replace(/\//g, '\\');
  return keepPath ? t : (t.split('\\').pop() ?? t);
}

let byName: Map<string, string> | undefined;

/** An ATT&CK id from an answer: `t1003.001`, `T1003.001 - LSASS Memory`, or a technique name. */
export function normaliseTechnique(text: string): string | undefined {
  const id = /\bT\d{4}(?:\.\d{3})?\b/i.exec(text);
  if (id) return id[0].toUpperCase();
  if (!byName) {
    byName = new Map();
    const ambiguous = new Set<string>();
    for (const t of attackTechniques()) {
      if (t.revoked || t.deprecated) continue;
      byName.set(t.fullName.toLowerCase(), t.id);
      const short = t.name.toLowerCase();
      if (byName.has(short) && byName.get(short) !== t.id) ambiguous.add(short);
      else byName.set(short, t.id);
    }
    // `Domain Account` is a sub-technique of three techniques: only the full name says which.
    for (const name of ambiguous) byName.delete(name);
  }
  return byName.get(bare(text).toLowerCase().replace(/\s+/g, ' '));
}
