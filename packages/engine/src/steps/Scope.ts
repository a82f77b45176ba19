import type { Sim } from '../sim/Sim.js';
import type { Rng } from '../rng/Rng.js';
import type { TemplateScope } from '../template/TemplateScope.js';
import type { CompiledTemplate } from '../template/compileTemplate.js';
import { renderTemplate } from '../template/renderTemplate.js';
import type { StepContext } from './StepContext.js';

/** Renders step templates against a step context (one per step sequence, no closures). */
export class Scope implements TemplateScope {
  readonly host: string;
  readonly user: string;
  readonly ip: string;
  readonly targetHost: string;
  readonly targetUser: string;
  readonly domain: string;
  readonly fileServer: string;
  readonly dc: string;
  readonly lsassPid: string;

  constructor(
    private readonly sim: Sim,
    private readonly ctx: StepContext,
    private readonly r: Rng,
  ) {
    const m = sim.model;
    const h = m.hosts[ctx.host];
    this.host = h?.name ?? '';
    this.ip = h?.spec.ip ?? '';
    this.user = ctx.account.name;
    this.targetHost = m.hosts[ctx.targetHost]?.name ?? this.host;
    this.targetUser = m.users[ctx.targetUser]?.name ?? this.user;
    this.domain = m.scenario.organisation.domain;
    this.fileServer = m.hosts[m.fileServers[0] ?? -1]?.name ?? '';
    this.dc = m.hosts[m.dc]?.name ?? '';
    this.lsassPid = String(h?.base?.lsass.pid ?? '');
  }

  random(): number {
    return this.r.u32();
  }

  popularDomain(): string {
    return this.r.pick(this.sim.model.popularDomains);
  }

  indicator(name: string): string | undefined {
    return this.sim.model.indicators[name];
  }

  stage(id: string, field: 'host' | 'user'): string | undefined {
    const i = this.sim.model.stageIndex.get(id);
    const st = i === undefined ? undefined : this.sim.state.adversary.stages[i];
    if (!st || st.host < 0) return undefined;
    return field === 'host'
      ? this.sim.model.hosts[st.host]?.name
      : this.sim.model.users[st.user]?.name;
  }

  /** Renders a template string. */
  render(text: string): string {
    return renderTemplate(this.sim.model.tpl(text), this);
  }

  /** Renders an already compiled template. */
  renderCompiled(t: CompiledTemplate): string {
    return renderTemplate(t, this);
  }
}
