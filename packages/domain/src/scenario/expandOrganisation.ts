import { mulberry32 } from '../mulberry32.js';
import type { Host, HostPool, Organisation, User, UserPool } from './organisation.js';

/** A concrete host after pool expansion; `pool` names the pool prefix it came from. */
export type ExpandedHost = Host & { readonly pool?: string };
/** A concrete user after pool expansion; `pool` names the department of its pool. */
export type ExpandedUser = User & { readonly pool?: string };

/** The organisation with every host and user pool written out as concrete hosts and users. */
export interface ExpandedOrganisation {
  /** Explicit hosts first (in file order), then each pool's hosts in order. */
  readonly hosts: readonly ExpandedHost[];
  /** Explicit users first (in file order), then each pool's users in order. */
  readonly users: readonly ExpandedUser[];
}

const DEFAULT_GIVEN = ['Rina', 'Budi', 'Siti', 'Agus', 'Dewi', 'Hendra', 'Putri', 'Wahyu'];
const DEFAULT_FAMILY = ['Hartono', 'Santoso', 'Wijaya', 'Saputra', 'Lestari', 'Kusuma', 'Pratama'];

/** Turns an IPv4 dotted quad into an unsigned 32-bit integer. */
function ipToInt(ip: string): number {
  const p = ip.split('.').map(Number);
  return (((p[0] ?? 0) << 24) | ((p[1] ?? 0) << 16) | ((p[2] ?? 0) << 8) | (p[3] ?? 0)) >>> 0;
}

/** Turns an unsigned 32-bit integer into an IPv4 dotted quad. */
function intToIp(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** FNV-1a over a string: a stable 32-bit seed for the name generator. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Lowercase ASCII letters only: `Nguyễn` → `nguyen`. */
function asciiLetters(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** Expands one host pool to hosts `<prefix><nn>` with consecutive addresses from `firstIp`. */
function expandHostPool(pool: HostPool): ExpandedHost[] {
  const width = Math.max(2, String(pool.count).length);
  const first = ipToInt(pool.firstIp);
  const out: ExpandedHost[] = [];
  for (let i = 1; i <= pool.count; i++) {
    out.push({
      name: `${pool.prefix}${String(i).padStart(width, '0')}`,
      os: pool.os,
      role: pool.role,
      ip: intToIp((first + i - 1) >>> 0),
      segment: pool.segment,
      criticality: pool.criticality,
      ...(pool.department !== undefined ? { department: pool.department } : {}),
      ...(pool.services !== undefined ? { services: pool.services } : {}),
      ...(pool.software !== undefined ? { software: pool.software } : {}),
      pool: pool.prefix,
    });
  }
  return out;
}

/**
 * Expands host pools and user pools into concrete hosts and users, deterministically (the
 * same organisation always gives the same names, for every team: only indicators differ per
 * team). Pool users get names drawn from `organisation.names`, usernames such as `rhartono`
 * (initial + family name, a number appended on collision), the organisation's mail domain,
 * the pool's hours, and the next free workstation of the host pool their `workstations`
 * prefix names (shared round-robin when the pool has fewer hosts than users). A pool host
 * given to a user gets that user as `owner`.
 */
export function expandOrganisation(org: Organisation): ExpandedOrganisation {
  const hosts: ExpandedHost[] = [...org.hosts];
  for (const pool of org.hostPools ?? []) hosts.push(...expandHostPool(pool));

  const taken = new Set<string>(org.users.map((u) => u.username));
  const usedStations = new Set<string>();
  for (const u of org.users) if (u.workstation !== undefined) usedStations.add(u.workstation);
  const owners = new Map<string, string>();
  for (const u of org.users) {
    if (u.workstation !== undefined && !owners.has(u.workstation)) {
      owners.set(u.workstation, u.username);
    }
  }

  const given = org.names?.given ?? DEFAULT_GIVEN;
  const family = org.names?.family ?? DEFAULT_FAMILY;
  const users: ExpandedUser[] = [...org.users];
  const rand = mulberry32(fnv1a(`${org.domain}/names`));
  const roundRobin = new Map<string, number>();

  const byPool = new Map<string, ExpandedHost[]>();
  for (const h of hosts) {
    if (h.pool === undefined) continue;
    const list = byPool.get(h.pool);
    if (list) list.push(h);
    else byPool.set(h.pool, [h]);
  }
  const cursor = new Map<string, number>();

  const nextStation = (prefix: string): string | undefined => {
    const pool = byPool.get(prefix) ?? [];
    if (pool.length === 0) return undefined;
    for (let i = cursor.get(prefix) ?? 0; i < pool.length; i++) {
      const h = pool[i] as ExpandedHost;
      cursor.set(prefix, i + 1);
      if (!usedStations.has(h.name)) {
        usedStations.add(h.name);
        return h.name;
      }
    }
    const i = roundRobin.get(prefix) ?? 0;
    roundRobin.set(prefix, i + 1);
    return pool[i % pool.length]?.name;
  };

  const makeUser = (pool: UserPool, n: number): ExpandedUser => {
    const g = given[Math.floor(rand() * given.length)] ?? 'User';
    const f = family[Math.floor(rand() * family.length)] ?? `${n}`;
    const base = `${asciiLetters(g).slice(0, 1)}${asciiLetters(f)}`.slice(0, 17) || 'user';
    let username = /^[a-z]/.test(base) ? base : `u${base}`;
    for (let k = 2; taken.has(username); k++) username = `${base.slice(0, 17)}${k}`;
    taken.add(username);
    const workstation = nextStation(pool.workstations);
    if (workstation !== undefined && !owners.has(workstation)) owners.set(workstation, username);
    return {
      username,
      name: `${g} ${f}`,
      department: pool.department,
      title: pool.title,
      privileges: pool.privileges,
      ...(workstation !== undefined ? { workstation } : {}),
      ...(pool.hours !== undefined ? { hours: pool.hours } : {}),
      email: `${username}@${org.domain}`,
      pool: pool.department,
    };
  };

  let n = 0;
  for (const pool of org.userPools ?? []) {
    for (let i = 0; i < pool.count; i++) users.push(makeUser(pool, ++n));
  }
  const withOwners = hosts.map((h) => {
    const owner = owners.get(h.name);
    return h.owner === undefined && owner !== undefined ? { ...h, owner } : h;
  });
  return { hosts: withOwners, users };
}
