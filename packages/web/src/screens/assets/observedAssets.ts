import type { Localized } from '../../api/types.js';

/** A host as the team can observe it. */
export interface ObservedHost {
  readonly name: string;
  readonly ip?: string;
  readonly role?: string;
  readonly os?: string;
  readonly criticality?: string;
  readonly department?: string;
  /** Containment state the team can see (`isolated`, `online`, …). */
  readonly state?: string;
  readonly isolated?: boolean;
}

/** A user account as the team can observe it. */
export interface ObservedUser {
  readonly username: string;
  readonly name?: string;
  readonly department?: string;
  readonly title?: string;
  readonly privileges?: string;
  readonly state?: string;
  readonly disabled?: boolean;
}

/** A business service and the hosts it runs on. */
export interface ObservedService {
  readonly id: string;
  /** Its name, when the server gives one (else the id is shown). */
  readonly name?: Localized | string;
  readonly hosts: readonly string[];
  readonly criticality?: string;
  /** People who depend on it (null or absent: not stated). */
  readonly users?: number | null;
  /** `up`, `degraded` (a response action on a host it needs is under way) or `down`. */
  readonly state?: string;
  readonly up?: boolean;
  /** Sim ms it has been down so far. */
  readonly downtimeMs?: number;
}

/** How many users the team sees, per department (busiest first). */
export interface UserCounts {
  readonly total: number;
  readonly disabled: number;
  readonly byDepartment: readonly {
    readonly department: string;
    readonly users: number;
    readonly disabled: number;
  }[];
}

/** What `GET /assets` yields, read defensively (the engine owns the shape). */
export interface ObservedAssets {
  readonly hosts: readonly ObservedHost[];
  readonly users: readonly ObservedUser[];
  readonly services: readonly ObservedService[];
  readonly userCounts: UserCounts;
}

/** A service's name in `language`, or its id made readable. */
export function serviceName(s: ObservedService, language: string): string {
  if (typeof s.name === 'string') return s.name;
  if (s.name) return s.name[language] ?? s.name[language.split('-')[0] ?? ''] ?? s.name.en ?? s.id;
  return s.id.replace(/-/g, ' ');
}

const arr = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v)
    ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null)
    : [];

/** Counts `users` per department, busiest department first (when the server gave no counts). */
export function countUsers(users: readonly ObservedUser[]): UserCounts {
  const byDepartment = new Map<string, { users: number; disabled: number }>();
  for (const u of users) {
    const key = u.department ?? '';
    const d = byDepartment.get(key) ?? { users: 0, disabled: 0 };
    byDepartment.set(key, { users: d.users + 1, disabled: d.disabled + (u.disabled ? 1 : 0) });
  }
  return {
    total: users.length,
    disabled: users.filter((u) => u.disabled).length,
    byDepartment: [...byDepartment.entries()]
      .map(([department, d]) => ({ department, ...d }))
      .sort((a, b) => b.users - a.users || a.department.localeCompare(b.department)),
  };
}

/** The state of a service: the server's, else from `up`, else unknown. */
export function serviceState(s: ObservedService): 'up' | 'degraded' | 'down' | undefined {
  if (s.state === 'up' || s.state === 'degraded' || s.state === 'down') return s.state;
  return s.up === undefined ? undefined : s.up ? 'up' : 'down';
}

const isCounts = (v: unknown): v is UserCounts =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as UserCounts).total === 'number' &&
  Array.isArray((v as UserCounts).byDepartment);

/** Reads the server's observation into typed lists, skipping what it cannot read. */
export function readAssets(raw: unknown): ObservedAssets {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const users = arr(o.users).filter(
    (u) => typeof u.username === 'string',
  ) as unknown as ObservedUser[];
  return {
    hosts: arr(o.hosts).filter((h) => typeof h.name === 'string') as unknown as ObservedHost[],
    users,
    userCounts: isCounts(o.userCounts) ? o.userCounts : countUsers(users),
    services: arr(o.services)
      .filter((s) => typeof s.id === 'string')
      .map((s) => ({
        ...s,
        hosts: Array.isArray(s.hosts) ? (s.hosts as string[]) : [],
      })) as unknown as ObservedService[],
  };
}
