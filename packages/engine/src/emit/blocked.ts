import type { DefenceState } from '../state/DefenceState.js';
import { cidrRange, ipToInt } from '../model/ipv4.js';

/** Whether a domain (or a parent domain of it) is on the team's block list. */
export function domainBlocked(d: DefenceState, domain: string): boolean {
  if (d.blockedDomains.length === 0) return false;
  const name = domain.toLowerCase();
  for (const b of d.blockedDomains) {
    if (name === b || name.endsWith(`.${b}`)) return true;
  }
  return false;
}

/** Whether an address is blocked (exact address or inside a blocked CIDR). */
export function ipBlocked(d: DefenceState, ip: string): boolean {
  if (d.blockedIps.length === 0) return false;
  const n = ipToInt(ip);
  for (const b of d.blockedIps) {
    if (b === ip) return true;
    if (b.includes('/')) {
      const [lo, hi] = cidrRange(b);
      if (n >= lo && n <= hi) return true;
    }
  }
  return false;
}
