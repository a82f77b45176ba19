import type { Scenario, Selector, Step } from '@kunren/domain';
import { suggestion } from '../didYouMean.js';
import type { DocPath, Finding } from '../Finding.js';
import type { ScenarioIndex } from './ScenarioIndex.js';

/** Reports references to hosts, users, segments, … that the scenario does not define. */
class ReferenceChecker {
  readonly out: Finding[] = [];
  constructor(private readonly ix: ScenarioIndex) {}

  /** A host by name (or FQDN in the organisation's domain); templates are checked elsewhere. */
  host(name: string, path: DocPath, where: string): void {
    if (name.includes('{{')) return;
    const suffix = `.${this.ix.scenario.organisation.domain}`;
    const short = name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
    if (this.ix.hosts.has(short)) return;
    this.out.push({
      id: 'scenario.unknown-host',
      path,
      message: `unknown host "${name}" in ${where}${suggestion(short, this.ix.hostList, 'hosts')}`,
    });
  }

  /** A user by username. */
  user(name: string, path: DocPath, where: string): void {
    if (name.includes('{{') || this.ix.users.has(name)) return;
    this.out.push({
      id: 'scenario.unknown-user',
      path,
      message: `unknown user "${name}" in ${where}${suggestion(name, this.ix.userList, 'users')}`,
    });
  }

  /** A name from a set of defined names, reported with the given id. */
  named(
    id: Finding['id'],
    what: string,
    known: ReadonlySet<string>,
    name: string,
    path: DocPath,
    where: string,
  ): void {
    if (known.has(name)) return;
    const list = [...known].sort();
    this.out.push({
      id,
      path,
      message: `unknown ${what} "${name}" in ${where}${suggestion(name, list, `${what}s`)}`,
    });
  }

  /** A selector's host, user, segment and department, and whether any host fits it. */
  selector(sel: Selector, path: DocPath, where: string): void {
    const before = this.out.length;
    if (sel.host !== undefined) this.host(sel.host, [...path, 'host'], where);
    if (sel.user !== undefined) this.user(sel.user, [...path, 'user'], where);
    if (sel.segment !== undefined) {
      this.named(
        'scenario.unknown-segment',
        'segment',
        this.ix.segments,
        sel.segment,
        [...path, 'segment'],
        where,
      );
    }
    if (sel.department !== undefined) {
      this.named(
        'scenario.unknown-department',
        'department',
        this.ix.departments,
        sel.department,
        [...path, 'department'],
        where,
      );
    }
    if (this.out.length > before || sel.sameAs !== undefined) return;
    if (sel.host === undefined && sel.role === undefined && sel.segment === undefined) return;
    const fits = [...this.ix.hosts.values()].some(
      (h) =>
        (sel.host === undefined || sel.host.includes('{{') || h.name === sel.host) &&
        (sel.role === undefined || h.role === sel.role) &&
        (sel.segment === undefined || h.segment === sel.segment),
    );
    if (!fits) {
      const parts = [
        sel.host !== undefined ? `host ${sel.host}` : '',
        sel.role !== undefined ? `role ${sel.role}` : '',
        sel.segment !== undefined ? `segment ${sel.segment}` : '',
      ].filter((p) => p !== '');
      this.out.push({
        id: 'scenario.empty-selector',
        path,
        message: `no host has ${parts.join(' and ')} (${where}); change the selector or add such a host`,
      });
    }
  }

  /** The names a telemetry step refers to: hosts, C2 indicators. */
  step(step: Step, path: DocPath, where: string): void {
    switch (step.kind) {
      case 'logon':
        this.host(step.to, [...path, 'to'], where);
        break;
      case 'service':
      case 'scheduled-task':
        if (step.on !== undefined) this.host(step.on, [...path, 'on'], where);
        break;
      case 'stage-data':
        this.host(step.from, [...path, 'from'], where);
        break;
      case 'web-request':
        this.host(step.server, [...path, 'server'], where);
        break;
      case 'beacon':
      case 'exfiltrate':
        this.named(
          'scenario.unknown-indicator',
          'indicator',
          this.ix.indicators,
          step.c2,
          [...path, 'c2'],
          where,
        );
        break;
      case 'process':
      case 'connect':
      case 'file':
      case 'registry':
      case 'image-load':
      case 'process-access':
      case 'remote-thread':
      case 'account':
      case 'clear-log':
      case 'mail':
        break;
      default: {
        const never: never = step;
        return never;
      }
    }
  }

  /** `process: <ref>` names a step ref defined in the same scope (paths and images are fine). */
  processRefs(
    steps: readonly Step[],
    refs: ReadonlySet<string>,
    path: DocPath,
    where: string,
  ): void {
    steps.forEach((step, i) => {
      const ref = 'process' in step ? step.process : undefined;
      if (ref === undefined || refs.has(ref) || /[\\/.{]/.test(ref)) return;
      this.named(
        'scenario.unknown-process-ref',
        'process ref',
        refs,
        ref,
        [...path, i, 'process'],
        where,
      );
    });
  }
}

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
