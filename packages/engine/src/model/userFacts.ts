import type { UserFacts } from '../telemetry/index.js';

/** Well-known built-in accounts. */
export const SYSTEM_USER: UserFacts = { name: 'SYSTEM', domain: 'NT AUTHORITY', sid: 'S-1-5-18' };
/** The LOCAL SERVICE account. */
export const LOCAL_SERVICE: UserFacts = {
  name: 'LOCAL SERVICE',
  domain: 'NT AUTHORITY',
  sid: 'S-1-5-19',
};
/** The NETWORK SERVICE account. */
export const NETWORK_SERVICE: UserFacts = {
  name: 'NETWORK SERVICE',
  domain: 'NT AUTHORITY',
  sid: 'S-1-5-20',
};

/** Whether a username names the SYSTEM account (`SYSTEM`, `NT AUTHORITY\SYSTEM`). */
export function isSystemName(name: string): boolean {
  const n = name.toLowerCase();
  return n === 'system' || n === 'nt authority\\system' || n === 'localsystem';
}
