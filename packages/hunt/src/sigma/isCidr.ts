/** True for an IPv4 or IPv6 network in CIDR notation (`10.0.0.0/8`, `fe80::/10`). */
export function isCidr(s: string): boolean {
  const v4 = /^(\d{1,3})(\.\d{1,3}){3}\/(\d|[12]\d|3[0-2])$/;
  const v6 = /^[0-9a-fA-F:]+(:\d{1,3}(\.\d{1,3}){3})?\/(\d{1,3})$/;
  if (v4.test(s))
    return s
      .split('/')[0]!
      .split('.')
      .every((o) => Number(o) <= 255);
  return v6.test(s) && s.includes(':') && Number(s.split('/')[1]) <= 128;
}
