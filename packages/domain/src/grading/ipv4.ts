/** An IPv4 network: its first address and prefix length. */
export interface Ipv4Network {
  /** Network address as an unsigned 32-bit integer (host bits cleared). */
  readonly base: number;
  readonly prefix: number;
}

/** Parses a dotted quad (`10.0.0.1`, leading zeros allowed) into an unsigned 32-bit integer. */
export function parseIpv4(text: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text.trim());
  if (!m) return undefined;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i]);
    if (octet > 255) return undefined;
    n = n * 256 + octet;
  }
  return n;
}

/** Formats an unsigned 32-bit integer as a dotted quad. */
export function formatIpv4(n: number): string {
  return `${Math.floor(n / 16777216) % 256}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}

/** Parses `10.1.0.0/16` (host bits are cleared) or a bare address as a /32. */
export function parseCidr(text: string): Ipv4Network | undefined {
  const [addr, len, extra] = text.trim().split('/');
  if (extra !== undefined || addr === undefined) return undefined;
  const ip = parseIpv4(addr);
  if (ip === undefined) return undefined;
  const prefix = len === undefined ? 32 : /^\d{1,2}$/.test(len) ? Number(len) : NaN;
  if (!(prefix >= 0 && prefix <= 32)) return undefined;
  const size = 2 ** (32 - prefix);
  return { base: ip - (ip % size), prefix };
}

/** Does the network contain this address (an unsigned 32-bit integer)? */
export function cidrContains(net: Ipv4Network, ip: number): boolean {
  const size = 2 ** (32 - net.prefix);
  return ip >= net.base && ip < net.base + size;
}
