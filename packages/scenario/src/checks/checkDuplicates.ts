import type { Scenario } from '@kunren/domain';
import { expandOrganisation } from '@kunren/domain';
import type { DocPath, Finding } from '../Finding.js';

/** Reports the second and later items of a list that reuse an id, pointing at the first. */
function duplicatesIn<T>(
  items: readonly T[] | undefined,
  listPath: DocPath,
  idOf: (t: T) => string,
  field: string,
  what: string,
): Finding[] {
  const first = new Map<string, number>();
  const out: Finding[] = [];
  (items ?? []).forEach((item, i) => {
    const id = idOf(item);
    const seen = first.get(id);
    if (seen === undefined) {
      first.set(id, i);
      return;
    }
    out.push({
      id: 'scenario.duplicate-id',
      path: [...listPath, i, field],
      message: `duplicate ${what} "${id}": already defined at {seeAlso}; give each ${what} its own ${field}`,
      seeAlso: [...listPath, seen, field],
    });
  });
  return out;
}

/** Host names a pool generates that an explicit host or an earlier pool already has. */
function poolHostClashes(scenario: Scenario): Finding[] {
  const org = scenario.organisation;
  const owner = new Map<string, string>();
  org.hosts.forEach((h, i) => owner.set(h.name, `organisation.hosts[${i}]`));
  const out: Finding[] = [];
  const expanded = expandOrganisation({ ...org, userPools: [] }).hosts;
  (org.hostPools ?? []).forEach((pool, i) => {
    const mine = expanded.filter((h) => h.pool === pool.prefix);
    const clash = mine.find((h) => owner.has(h.name));
    if (clash) {
      out.push({
        id: 'scenario.duplicate-id',
        path: ['organisation', 'hostPools', i, 'prefix'],
        message: `host pool "${pool.prefix}" generates host "${clash.name}", which ${owner.get(clash.name)} already names; change the prefix or rename that host`,
      });
    }
    for (const h of mine) if (!owner.has(h.name)) owner.set(h.name, `host pool "${pool.prefix}"`);
  });
  return out;
}

/**
 * Duplicate ids: segments, hosts (pools expanded), host pools, users, business services,
 * routines, scheduled work, stages, response actions, counterparts, injects, tasks and
 * report-rubric criteria.
 */
export function checkDuplicates(scenario: Scenario): Finding[] {
  const org = scenario.organisation;
  const bg = scenario.background;
  return [
    ...duplicatesIn(org.segments, ['organisation', 'segments'], (s) => s.id, 'id', 'segment'),
    ...duplicatesIn(org.hosts, ['organisation', 'hosts'], (h) => h.name, 'name', 'host'),
    ...duplicatesIn(
      org.hostPools,
      ['organisation', 'hostPools'],
      (p) => p.prefix,
      'prefix',
      'host pool',
    ),
    ...poolHostClashes(scenario),
    ...duplicatesIn(org.users, ['organisation', 'users'], (u) => u.username, 'username', 'user'),
    ...duplicatesIn(
      org.services,
      ['organisation', 'services'],
      (s) => s.id,
      'id',
      'business service',
    ),
    ...duplicatesIn(bg.routines, ['background', 'routines'], (r) => r.id, 'id', 'routine'),
    ...duplicatesIn(bg.scheduled, ['background', 'scheduled'], (r) => r.id, 'id', 'scheduled job'),
    ...duplicatesIn(scenario.adversary.stages, ['adversary', 'stages'], (s) => s.id, 'id', 'stage'),
    ...duplicatesIn(
      scenario.responseActions,
      ['responseActions'],
      (a) => a.id,
      'id',
      'response action',
    ),
    ...duplicatesIn(scenario.counterparts, ['counterparts'], (c) => c.id, 'id', 'counterpart'),
    ...duplicatesIn(scenario.injects, ['injects'], (i) => i.id, 'id', 'inject'),
    ...duplicatesIn(scenario.tasks, ['tasks'], (t) => t.id, 'id', 'task'),
    ...duplicatesIn(
      scenario.scoring.reportRubric,
      ['scoring', 'reportRubric'],
      (c) => c.id,
      'id',
      'rubric criterion',
    ),
  ];
}
