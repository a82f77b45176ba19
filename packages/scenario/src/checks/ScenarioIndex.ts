import {
  expandOrganisation,
  type ExpandedHost,
  type ExpandedUser,
  type Scenario,
  type Stage,
} from '@kunren/domain';

/** Names a scenario defines, looked up by the reference checks. */
export interface ScenarioIndex {
  readonly scenario: Scenario;
  /** Hosts after pool expansion, with where each was defined. */
  readonly hosts: ReadonlyMap<string, ExpandedHost>;
  readonly users: ReadonlyMap<string, ExpandedUser>;
  readonly segments: ReadonlySet<string>;
  readonly departments: ReadonlySet<string>;
  readonly hostPools: ReadonlySet<string>;
  readonly stages: ReadonlyMap<string, Stage>;
  readonly indicators: ReadonlySet<string>;
  readonly counterparts: ReadonlySet<string>;
  readonly actions: ReadonlySet<string>;
  /** Explicit host names first, for "hosts are: …" lists. */
  readonly hostList: readonly string[];
  readonly userList: readonly string[];
}

/** First occurrence wins: duplicates are reported by the duplicate check, not here. */
function byKey<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const t of items) if (!map.has(key(t))) map.set(key(t), t);
  return map;
}

/** Indexes the names a schema-valid scenario defines (host and user pools expanded). */
export function indexScenario(scenario: Scenario): ScenarioIndex {
  const org = expandOrganisation(scenario.organisation);
  const hosts = byKey(org.hosts, (h) => h.name);
  const users = byKey(org.users, (u) => u.username);
  const departments = new Set<string>();
  for (const h of org.hosts) if (h.department !== undefined) departments.add(h.department);
  for (const u of org.users) departments.add(u.department);
  return {
    scenario,
    hosts,
    users,
    segments: new Set(scenario.organisation.segments.map((s) => s.id)),
    departments,
    hostPools: new Set((scenario.organisation.hostPools ?? []).map((p) => p.prefix)),
    stages: byKey(scenario.adversary.stages, (s) => s.id),
    indicators: new Set(Object.keys(scenario.adversary.indicators)),
    counterparts: new Set(scenario.counterparts.map((c) => c.id)),
    actions: new Set(scenario.responseActions.map((a) => a.id)),
    hostList: [...hosts.keys()],
    userList: [...users.keys()],
  };
}
