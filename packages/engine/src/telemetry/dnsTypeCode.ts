import type { DnsType } from './facts.js';

/** The numeric DNS record type (Zeek `qtype`). */
export function dnsTypeCode(type: DnsType): number {
  switch (type) {
    case 'A':
      return 1;
    case 'CNAME':
      return 5;
    case 'PTR':
      return 12;
    case 'MX':
      return 15;
    case 'TXT':
      return 16;
    case 'AAAA':
      return 28;
    case 'SRV':
      return 33;
    default: {
      const never: never = type;
      return never;
    }
  }
}
