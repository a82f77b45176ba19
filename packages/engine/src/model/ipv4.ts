import { mix32 } from '../rng/hashString.js';

/** An IPv4 dotted quad as an unsigned 32-bit integer. */
export function ipToInt(ip: string): number {
  let n = 0;
  let part = 0;
  for (let i = 0; i < ip.length; i++) {
    const c = ip.charCodeAt(i);
    if (c === 46) {
      n = (n << 8) | part;
      part = 0;
    } else part = part * 10 + (c - 48);
  }
  return ((n << 8) | part) >>> 0;
}

/** An unsigned 32-bit integer as an IPv4 dotted quad. */
export function intToIp(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** A CIDR block as `[first, last]` addresses (inclusive, unsigned). */
export function cidrRange(cidr: string): [number, number] {
  const [ip, bits] = cidr.split('/') as [string, string];
  const b = Number(bits);
  const mask = b === 0 ? 0 : (0xffffffff << (32 - b)) >>> 0;
  const first = (ipToInt(ip) & mask) >>> 0;
  return [first, (first | (~mask >>> 0)) >>> 0];
}

const PRIVATE: [number, number][] = [
  cidrRange('10.0.0.0/8'),
  cidrRange('172.16.0.0/12'),
  cidrRange('192.168.0.0/16'),
  cidrRange('127.0.0.0/8'),
  cidrRange('100.64.0.0/10'),
  cidrRange('169.254.0.0/16'),
  cidrRange('224.0.0.0/3'),
  cidrRange('0.0.0.0/8'),
];

/** Whether an address is private, loopback, shared, link-local, multicast or reserved. */
export function isReserved(n: number): boolean {
  for (const [lo, hi] of PRIVATE) if (n >= lo && n <= hi) return true;
  return false;
}

/**
 * A stable public address for a name (the "internet" of the simulation: the same popular
 * domain always resolves to the same address), never in a private or reserved range.
 */
export function publicIpFor(name: string, hash: number): string {
  let x = mix32(hash);
  while (isReserved(x)) x = mix32(x + 1);
  void name;
  return intToIp(x);
}
