/**
 * Undoes defanging and trims what analysts paste: `hxxps://evil[.]com/x` → `evil.com`,
 * `1.2.3[.]4` → `1.2.3.4`, trailing dots and case.
 */
export function normaliseDomain(text: string): string {
  let s = text
    .trim()
    .toLowerCase()
    .replace(/\[\.\]|\(\.\)|\{\.\}/g, '.');
  s = s.replace(/^h[tx]{2}ps?(\[:\]|:)\/\//, '');
  const slash = s.indexOf('/');
  if (slash >= 0) s = s.slice(0, slash);
  const colon = s.indexOf(':');
  if (colon >= 0) s = s.slice(0, colon);
  return s.replace(/\.$/, '');
}

/** An IPv4 address or CIDR as typed (defanged forms accepted), or undefined. */
export function normaliseIp(text: string): string | undefined {
  const s = text.trim().replace(/\[\.\]|\(\.\)/g, '.');
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(\/(\d|[12]\d|3[0-2]))?$/.exec(s);
  if (!m) return undefined;
  if ([m[1], m[2], m[3], m[4]].some((o) => Number(o) > 255)) return undefined;
  return `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}.${Number(m[4])}${m[5] ?? ''}`;
}
