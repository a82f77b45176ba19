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
  readonly users?: number;
  readonly state?: string;
  readonly up?: boolean;
}

/** What `GET /assets` yields, read defensively (the engine owns the shape). */
export interface ObservedAssets {
  readonly hosts: readonly ObservedHost[];
  readonly users: readonly ObservedUser[];
  readonly services: readonly ObservedService[];
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

/** Reads the server's observation into typed lists, skipping what it cannot read. */
export function readAssets(raw: unknown): ObservedAssets {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    hosts: arr(o.hosts).filter((h) => typeof h.name === 'string') as unknown as ObservedHost[],
    users: arr(o.users).filter((u) => typeof u.username === 'string') as unknown as ObservedUser[],
    services: arr(o.services)
      .filter((s) => typeof s.id === 'string')
      .map((s) => ({
        ...s,
        hosts: Array.isArray(s.hosts) ? (s.hosts as string[]) : [],
      })) as unknown as ObservedService[],
  };
}
