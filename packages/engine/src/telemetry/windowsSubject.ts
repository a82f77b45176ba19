import type { HostFacts, UserFacts } from './facts.js';

/** How the Security log names an account as subject: LocalSystem is the machine account. */
export interface Subject {
  readonly sid: string;
  readonly name: string;
  readonly domain: string;
}

/**
 * The subject fields of a Security event for `user` on `host`: the Security log writes
 * LocalSystem (`S-1-5-18`) as the machine account (`WS01$` in the host's domain), where
 * Sysmon writes `NT AUTHORITY\SYSTEM`.
 */
export function windowsSubject(host: HostFacts, user: UserFacts): Subject {
  if (user.sid === 'S-1-5-18') {
    return { sid: user.sid, name: host.name.toUpperCase() + '$', domain: host.domain };
  }
  return user;
}
