import type { Selector, Step } from '@kunren/domain';
import { suggestion } from '../didYouMean.js';
import type { DocPath, Finding } from '../Finding.js';
import type { ScenarioIndex } from './ScenarioIndex.js';

/** Reports references to hosts, users, segments, … that the scenario does not define. */
export class ReferenceChecker {
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
