import type { Span } from '../ast.js';
import { HuntError } from '../HuntError.js';

/** A parsed CIDR block. */
export interface Cidr {
  readonly version: 4 | 6;
  /** Network address with host bits cleared. */
  readonly network: bigint;
  readonly prefix: number;
}

/** Parses a dotted-quad IPv4 address to a number, or undefined. */
export function parseIpv4(text: string): bigint | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  let v = 0n;
  for (const part of m.slice(1)) {
    const n = Number(part);
    if (n > 255) return undefined;
    v = (v << 8n) | BigInt(n);
  }
  return v;
}

/**
 * Parses an IPv6 address (hex groups, at most one `::`; no embedded IPv4, no zone) to a
 * 128-bit number, or undefined.
 */
export function parseIpv6(text: string): bigint | undefined {
  const s = text.toLowerCase();
  if (!/^[0-9a-f:]+$/.test(s)) return undefined;
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string): string[] => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0] as string);
  const tail = halves.length === 2 ? groups(halves[1] as string) : [];
  const all =
    halves.length === 2
      ? [...head, ...Array<string>(Math.max(0, 8 - head.length - tail.length)).fill('0'), ...tail]
      : head;
  if (halves.length === 2 && head.length + tail.length > 7) return undefined;
  if (all.length !== 8 || !all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
  return all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** Parses `10.0.0.0/8` or `fe80::/10`; throws `hunt.cidr` on a malformed block. */
export function parseCidr(text: string, span: Span): Cidr {
  const slash = text.lastIndexOf('/');
  const addr = text.slice(0, slash);
  const prefix = Number(text.slice(slash + 1));
  const v4 = parseIpv4(addr);
  const version = v4 !== undefined ? 4 : 6;
  const value = v4 ?? parseIpv6(addr);
  const bits = version === 4 ? 32 : 128;
  if (
    slash < 0 ||
    value === undefined ||
    !Number.isInteger(prefix) ||
    prefix < 0 ||
    prefix > bits
  ) {
    throw new HuntError(
      'hunt.cidr',
      `invalid CIDR block ${text}`,
      span,
      'write an address and a prefix length, e.g. 10.0.0.0/8 or fd00::/8',
    );
  }
  const hostBits = BigInt(bits - prefix);
  return { version, network: (value >> hostBits) << hostBits, prefix };
}

/** True when `ip` (text) is an address inside `cidr` (same IP version). */
export function ipInCidr(ip: string, cidr: Cidr): boolean {
  const value = cidr.version === 4 ? parseIpv4(ip) : parseIpv6(ip);
  if (value === undefined) return false;
  const hostBits = BigInt((cidr.version === 4 ? 32 : 128) - cidr.prefix);
  return value >> hostBits === cidr.network >> hostBits;
}
