import type { Scenario } from '@kunren/domain';
import type { Observation } from '@kunren/engine';
import { Type, type Static } from '@sinclair/typebox';
import { literals } from '../schemas/common.js';

const Localized = Type.Record(Type.String(), Type.String());

/** What a team can observe of its organisation: hosts, users and business services. */
export const AssetsView = Type.Object({
  simTime: Type.Integer(),
  hosts: Type.Array(
    Type.Object({
      name: Type.String(),
      ip: Type.String(),
      role: Type.String(),
      os: Type.String(),
      segment: Type.String(),
      criticality: Type.String(),
      state: literals(['online', 'isolated', 'restoring']),
      isolated: Type.Boolean(),
      restoring: Type.Boolean(),
      patched: Type.Boolean(),
    }),
  ),
  users: Type.Array(
    Type.Object({
      username: Type.String(),
      name: Type.String(),
      department: Type.String(),
      privileges: Type.String(),
      disabled: Type.Boolean(),
      passwordResetAt: Type.Union([Type.Integer(), Type.Null()]),
    }),
  ),
  userCounts: Type.Object({
    total: Type.Integer(),
    disabled: Type.Integer(),
    byDepartment: Type.Array(
      Type.Object({ department: Type.String(), users: Type.Integer(), disabled: Type.Integer() }),
    ),
  }),
  services: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Localized,
      state: literals(['up', 'degraded', 'down'], {
        description:
          'down: a host it needs is isolated or being restored; degraded: up, but a response action on a host it needs is still under way',
      }),
      hosts: Type.Array(Type.String(), { description: 'The hosts it cannot run without' }),
      criticality: Type.String(),
      users: Type.Union([Type.Integer(), Type.Null()], {
        description: 'People who depend on it (null: not stated)',
      }),
      downtimeMs: Type.Integer({ description: 'Sim ms it has been down so far' }),
    }),
  ),
  blocked: Type.Object({ ips: Type.Array(Type.String()), domains: Type.Array(Type.String()) }),
});
/** An assets view. */
export type AssetsView = Static<typeof AssetsView>;

/** Presents the team's observation of its world with the scenario's service names and needs. */
export function presentAssets(scenario: Scenario, o: Observation): AssetsView {
  const hostActions = new Set(
    scenario.responseActions.filter((a) => a.target === 'host').map((a) => a.id),
  );
  const busy = new Set(
    o.actions
      .filter((a) => a.status === 'executing' && hostActions.has(a.action))
      .map((a) => a.target.toLowerCase()),
  );
  const departments = new Map<string, { users: number; disabled: number }>();
  for (const u of o.users) {
    const d = departments.get(u.department) ?? { users: 0, disabled: 0 };
    d.users++;
    if (u.disabled) d.disabled++;
    departments.set(u.department, d);
  }
  const specs = new Map(scenario.organisation.services.map((s) => [s.id, s]));
  return {
    simTime: o.now,
    hosts: o.hosts.map((h) => ({
      ...h,
      state: h.restoring ? 'restoring' : h.isolated ? 'isolated' : 'online',
    })),
    users: o.users.map((u) => ({ ...u })),
    userCounts: {
      total: o.users.length,
      disabled: o.users.filter((u) => u.disabled).length,
      byDepartment: [...departments.entries()]
        .map(([department, d]) => ({ department, ...d }))
        .sort((a, b) => b.users - a.users || a.department.localeCompare(b.department)),
    },
    services: o.services.map((s) => {
      const spec = specs.get(s.id);
      const state = !s.up
        ? 'down'
        : s.hosts.some((h) => busy.has(h.toLowerCase()))
          ? 'degraded'
          : 'up';
      return {
        id: s.id,
        name: spec?.name ?? { en: s.id },
        state,
        hosts: [...s.hosts],
        criticality: spec?.criticality ?? 'medium',
        users: spec?.users ?? null,
        downtimeMs: Math.round(s.downtimeMs),
      };
    }),
    blocked: { ips: [...o.blocked.ips], domains: [...o.blocked.domains] },
  };
}
