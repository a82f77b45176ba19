import type { UserFacts } from './facts.js';
import type { Obj } from './Obj.js';

/** Sysmon's `user`: name and domain from the `User` field, id from the service (LocalSystem). */
export function sysmonUser(user: UserFacts): Obj {
  return { id: 'S-1-5-18', name: user.name, domain: user.domain };
}
