import type { Selector } from '@kunren/domain';
import type { HostModel } from './HostModel.js';
import type { UserModel } from './UserModel.js';

interface Pools {
  readonly hosts: readonly HostModel[];
  readonly users: readonly UserModel[];
  readonly hostByName: ReadonlyMap<string, number>;
  readonly userByName: ReadonlyMap<string, number>;
}

/** Whether a selector picks hosts (by host name, role or segment) rather than people. */
export function selectsHosts(sel: Selector): boolean {
  return sel.host !== undefined || sel.role !== undefined || sel.segment !== undefined;
}

/** Hosts matching every condition of the selector (`sameAs` and `pick` are not applied). */
export function matchHosts(m: Pools, sel: Selector): number[] {
  if (!selectsHosts(sel)) {
    const out: number[] = [];
    for (const u of matchUsers(m, sel)) {
      const h = (m.users[u] as UserModel).host;
      if (h >= 0 && !out.includes(h)) out.push(h);
    }
    return out;
  }
  const out: number[] = [];
  for (const h of m.hosts) {
    if (sel.host !== undefined && h.name !== sel.host) continue;
    if (sel.role !== undefined && h.spec.role !== sel.role) continue;
    if (sel.segment !== undefined && h.spec.segment !== sel.segment) continue;
    if (sel.department !== undefined && h.spec.department !== sel.department) continue;
    out.push(h.index);
  }
  return out;
}

/** Users matching every condition of the selector; host conditions apply to workstations. */
export function matchUsers(m: Pools, sel: Selector): number[] {
  const out: number[] = [];
  const hostSel = selectsHosts(sel);
  for (const u of m.users) {
    if (sel.user !== undefined && u.name !== sel.user) continue;
    if (sel.privileges !== undefined && u.spec.privileges !== sel.privileges) continue;
    if (sel.department !== undefined && !hostSel && u.spec.department !== sel.department) {
      continue;
    }
    if (hostSel) {
      const ws = m.hosts[u.host];
      if (!ws) continue;
      if (sel.host !== undefined && ws.name !== sel.host) continue;
      if (sel.role !== undefined && ws.spec.role !== sel.role) continue;
      if (sel.segment !== undefined && ws.spec.segment !== sel.segment) continue;
      if (sel.department !== undefined && ws.spec.department !== sel.department) continue;
    }
    out.push(u.index);
  }
  return out;
}
