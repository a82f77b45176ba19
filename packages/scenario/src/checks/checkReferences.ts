import type { Scenario, Step } from '@kunren/domain';
import type { Finding } from '../Finding.js';
import { ReferenceChecker } from './ReferenceChecker.js';
import type { ScenarioIndex } from './ScenarioIndex.js';

/** Refs defined by `ref:` in a list of steps. */
function refsOf(steps: readonly Step[]): string[] {
  return steps.flatMap((s) => (s.ref !== undefined ? [s.ref] : []));
}

/**
 * Every reference names something the scenario defines: hosts (pools expanded), users,
 * segments, departments, host pools, indicators, counterparts, response actions, process
 * refs, and response action kinds that injects wait for.
 */
export function checkReferences(scenario: Scenario, ix: ScenarioIndex): Finding[] {
  const c = new ReferenceChecker(ix);
  const org = scenario.organisation;
  org.hosts.forEach((h, i) => {
    if (h.owner !== undefined)
      c.user(h.owner, ['organisation', 'hosts', i, 'owner'], `host "${h.name}"`);
  });
  org.users.forEach((u, i) => {
    if (u.workstation !== undefined) {
      c.host(u.workstation, ['organisation', 'users', i, 'workstation'], `user "${u.username}"`);
    }
  });
  (org.userPools ?? []).forEach((p, i) => {
    c.named(
      'scenario.unknown-host-pool',
      'host pool',
      ix.hostPools,
      p.workstations,
      ['organisation', 'userPools', i, 'workstations'],
      `user pool "${p.department}"`,
    );
  });
  org.services.forEach((s, i) => {
    s.hosts.forEach((h, j) =>
      c.host(h, ['organisation', 'services', i, 'hosts', j], `business service "${s.id}"`),
    );
  });

  const bg = scenario.background;
  bg.fileShares.forEach((f, i) =>
    c.host(f.server, ['background', 'fileShares', i, 'server'], 'background.fileShares'),
  );
  if (bg.webTraffic)
    c.host(bg.webTraffic.server, ['background', 'webTraffic', 'server'], 'background.webTraffic');
  bg.routines.forEach((r, i) => {
    const where = `routine "${r.id}"`;
    c.selector(r.actors, ['background', 'routines', i, 'actors'], where);
    r.steps.forEach((s, j) => c.step(s, ['background', 'routines', i, 'steps', j], where));
    c.processRefs(r.steps, new Set(refsOf(r.steps)), ['background', 'routines', i, 'steps'], where);
  });
  bg.scheduled.forEach((r, i) => {
    const where = `scheduled job "${r.id}"`;
    c.selector(r.hosts, ['background', 'scheduled', i, 'hosts'], where);
    r.steps.forEach((s, j) => c.step(s, ['background', 'scheduled', i, 'steps', j], where));
    c.processRefs(
      r.steps,
      new Set(refsOf(r.steps)),
      ['background', 'scheduled', i, 'steps'],
      where,
    );
  });

  const adv = scenario.adversary;
  for (const [name, t] of Object.entries(adv.indicators)) {
    if ('ip' in t && t.ip !== undefined) {
      c.named(
        'scenario.unknown-indicator',
        'indicator',
        ix.indicators,
        t.ip,
        ['adversary', 'indicators', name, 'ip'],
        `indicator "${name}"`,
      );
    }
  }
  const stageRefs = new Set(adv.stages.flatMap((s) => refsOf(s.steps)));
  adv.stages.forEach((s, i) => {
    const at = ['adversary', 'stages', i];
    const where = `stage "${s.id}"`;
    c.selector(s.target, [...at, 'target'], where);
    (s.requires ?? []).forEach((r, j) => {
      if ('foothold' in r) c.host(r.foothold, [...at, 'requires', j, 'foothold'], where);
    });
    (s.effects ?? []).forEach((e, j) => {
      if ('foothold' in e) c.host(e.foothold, [...at, 'effects', j, 'foothold'], where);
      if ('credential' in e) c.user(e.credential, [...at, 'effects', j, 'credential'], where);
      if ('on' in e) c.host(e.on, [...at, 'effects', j, 'on'], where);
    });
    s.steps.forEach((st, j) => c.step(st, [...at, 'steps', j], where));
    c.processRefs(s.steps, stageRefs, [...at, 'steps'], where);
  });
  adv.reactions.forEach((r, i) => {
    if (r.on !== 'c2-blocked') return;
    const where = `reaction ${i + 1} (c2-blocked)`;
    c.named(
      'scenario.unknown-indicator',
      'indicator',
      ix.indicators,
      r.indicator,
      ['adversary', 'reactions', i, 'indicator'],
      where,
    );
    c.named(
      'scenario.unknown-indicator',
      'indicator',
      ix.indicators,
      r.fallback,
      ['adversary', 'reactions', i, 'fallback'],
      where,
    );
  });

  const kinds = new Set(scenario.responseActions.map((a) => a.kind));
  scenario.injects.forEach((inj, i) => {
    const where = `inject "${inj.id}"`;
    c.named(
      'scenario.unknown-counterpart',
      'counterpart',
      ix.counterparts,
      inj.from,
      ['injects', i, 'from'],
      where,
    );
    const t = inj.trigger;
    if ('stage' in t) {
      c.named(
        'scenario.unknown-stage',
        'stage',
        new Set(ix.stages.keys()),
        t.stage,
        ['injects', i, 'trigger', 'stage'],
        where,
      );
    }
    if ('action' in t && !kinds.has(t.action)) {
      c.out.push({
        id: 'scenario.no-action-of-kind',
        path: ['injects', i, 'trigger', 'action'],
        message: `${where} waits for a ${t.action} action, but no response action has kind ${t.action}; add one or change the trigger`,
      });
    }
  });

  const actions = new Map(scenario.responseActions.map((a) => [a.id, a]));
  scenario.solution.forEach((s, i) => {
    const where = `solution step ${i + 1}`;
    c.named(
      'scenario.unknown-action',
      'response action',
      ix.actions,
      s.action,
      ['solution', i, 'action'],
      where,
    );
    const target = actions.get(s.action)?.target;
    if (target === 'host') c.host(s.target, ['solution', i, 'target'], where);
    if (target === 'user') c.user(s.target, ['solution', i, 'target'], where);
  });
  return c.out;
}
