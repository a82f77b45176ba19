import {
  security1102,
  security4697,
  security4698,
  security4720,
  security4728,
  security4732,
  type GroupFacts,
} from '../telemetry/index.js';
import { emitProcess } from '../emit/emitProcess.js';
import { emitRemoteLogon } from '../emit/emitRemoteLogon.js';
import { hashString } from '../rng/hashString.js';
import { SYSTEM_USER } from '../model/userFacts.js';
import { sampleDistribution } from '../sim/sampleDistribution.js';
import type { Sim } from '../sim/Sim.js';
import { credentialFailure } from './credentialFailure.js';
import type { StepOf } from './runHostSteps.js';
import { resolveHost } from './resolveHost.js';
import { resolveProcess } from './resolveProcess.js';
import type { Scope } from './Scope.js';
import type { StepContext } from './StepContext.js';
import type { StepResult } from './StepResult.js';

/** A logon from the actor's host to another (fails with a disabled or reset credential). */
export function runLogon(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'logon'>,
  sc: Scope,
): StepResult {
  const to = resolveHost(sim.model, sc.render(s.to));
  if (to < 0) return { t, ok: false, reason: `unknown host ${sc.render(s.to)}` };
  const username = s.user !== undefined ? sc.render(s.user) : ctx.account.name;
  const u = sim.model.userByName.get(username);
  const failure = s.fail ? 'bad-password' : credentialFailure(sim, ctx, username);
  const duration =
    s.duration !== undefined
      ? sampleDistribution(s.duration, sim.rng(`${ctx.stream}/logon`))
      : 60_000 + sim.rng(`${ctx.stream}/logon`).int(600_000);
  const admin = u !== undefined ? sim.model.users[u]!.admin : false;
  const proc = resolveProcess(sim, ctx, undefined);
  const logonId = emitRemoteLogon(sim, t, {
    from: ctx.host,
    to,
    user: sim.model.account(username),
    admin,
    type: s.type === 3 ? 3 : 10,
    auth: s.auth === 'ntlm' ? 'ntlm' : 'kerberos',
    explicit: username !== ctx.account.name || ctx.stage !== '' ? (proc?.proc ?? null) : null,
    durationMs: duration,
    ...(failure !== undefined ? { failure } : {}),
  });
  if (logonId === undefined) {
    return { t: t + 20, ok: false, reason: failure ?? 'host cut off' };
  }
  return { t: t + 20, ok: true };
}

/** Installs a service (4697) and starts its image under services.exe as SYSTEM. */
export function runService(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'service'>,
  sc: Scope,
): StepResult {
  const on = s.on !== undefined ? resolveHost(sim.model, sc.render(s.on)) : ctx.host;
  const hm = sim.model.hosts[on];
  if (!hm || sim.cutOff(on, t) || sim.cutOff(ctx.host, t)) {
    return { t, ok: false, reason: 'host cut off' };
  }
  const image = sc.render(s.image);
  const name = sc.render(s.name);
  if (hm.windows) {
    sim.emit(
      t,
      security4697(sim.meta(t, on, 'security'), hm.facts, ctx.account, ctx.logonId, {
        name,
        fileName: image,
        type: '0x10',
        startType: '3',
        account: 'LocalSystem',
      }),
      ctx.host,
    );
  }
  const services = hm.base?.services;
  const exe = image.startsWith('"') ? image.slice(1, image.indexOf('"', 1)) : image.split(' ')[0]!;
  const proc = sim.process(on, exe, image, SYSTEM_USER, '0x3e7', services, 'System');
  emitProcess(sim, t + 800, on, proc, ctx.host);
  const hosted = { host: on, proc };
  if (s.ref !== undefined) ctx.refs[s.ref] = hosted;
  ctx.last = hosted;
  if (ctx.stage !== '') {
    sim.state.adversary.processes.push({
      host: on,
      process: proc,
      at: t + 800,
      stage: ctx.stage,
      alive: true,
    });
  }
  return { t: t + 801, ok: true };
}

/** Registers a scheduled task (4698). */
export function runScheduledTask(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'scheduled-task'>,
  sc: Scope,
): StepResult {
  const on = s.on !== undefined ? resolveHost(sim.model, sc.render(s.on)) : ctx.host;
  const hm = sim.model.hosts[on];
  if (!hm || sim.cutOff(on, t)) return { t, ok: false, reason: 'host cut off' };
  const command = sc.render(s.command);
  const cut = command.startsWith('"') ? command.indexOf('"', 1) + 1 : command.indexOf(' ');
  const name = sc.render(s.name);
  if (hm.windows) {
    sim.emit(
      t,
      security4698(sim.meta(t, on, 'security'), hm.facts, ctx.account, ctx.logonId, {
        name: name.startsWith('\\') ? name : `\\${name}`,
        command: cut > 0 ? command.slice(0, cut).replace(/"/g, '') : command,
        ...(cut > 0 && cut < command.length ? { arguments: command.slice(cut).trim() } : {}),
        author: `${ctx.account.domain}\\${ctx.account.name}`,
      }),
      ctx.host,
    );
  }
  return { t: t + 5, ok: true };
}

const WELL_KNOWN: Record<string, string> = {
  administrators: 'S-1-5-32-544',
  'remote desktop users': 'S-1-5-32-555',
  'backup operators': 'S-1-5-32-551',
};

/** Creates an account (4720) or adds it to a group (4728 global, 4732 local) on the DC. */
export function runAccount(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'account'>,
  sc: Scope,
): StepResult {
  const m = sim.model;
  const dc = m.dc >= 0 ? m.dc : ctx.host;
  const hm = m.hosts[dc];
  if (!hm || sim.cutOff(dc, t) || sim.cutOff(ctx.host, t))
    return { t, ok: false, reason: 'host cut off' };
  const target = m.account(sc.render(s.user));
  if (s.action === 'create') {
    sim.emit(
      t,
      security4720(sim.meta(t, dc, 'security'), hm.facts, ctx.account, ctx.logonId, target),
      ctx.host,
    );
    return { t: t + 5, ok: true };
  }
  const groupName = s.group !== undefined ? sc.render(s.group) : 'Domain Admins';
  const rid: Record<string, number> = {
    'domain admins': 512,
    'domain users': 513,
    'enterprise admins': 519,
  };
  const lower = groupName.toLowerCase();
  const group: GroupFacts = {
    name: groupName,
    domain: WELL_KNOWN[lower] !== undefined ? 'Builtin' : hm.facts.domain,
    sid: WELL_KNOWN[lower] ?? `${m.domainSid}-${rid[lower] ?? 3000 + (hashString(lower) % 900)}`,
  };
  const build = s.groupScope === 'local' ? security4732 : security4728;
  sim.emit(
    t,
    build(sim.meta(t, dc, 'security'), hm.facts, ctx.account, ctx.logonId, target, group),
    ctx.host,
  );
  return { t: t + 5, ok: true };
}

/** Clears the Security log (1102) on the actor's host. */
export function runClearLog(sim: Sim, t: number, ctx: StepContext): StepResult {
  const hm = sim.model.hosts[ctx.host];
  if (!hm || sim.cutOff(ctx.host, t)) return { t, ok: false, reason: 'host cut off' };
  if (hm.windows) {
    sim.emit(
      t,
      security1102(sim.meta(t, ctx.host, 'security'), hm.facts, ctx.account, ctx.logonId),
      ctx.host,
    );
  }
  return { t: t + 5, ok: true };
}
