import { baseNameOf } from '../catalog/imageFacts.js';
import type { Sim } from '../sim/Sim.js';
import type { HostedProcess } from '../state/AdversaryState.js';
import type { StepContext } from './StepContext.js';

/**
 * The process a step names (`parent:` or `process:`): a ref of an earlier step, or a running
 * process by image (`explorer.exe`, `services.exe`, a full path). Base system processes
 * and the actor's session processes are found on the step's host, then a still-running
 * process of an earlier stage on that host (by its ref, or by image); any other image is taken
 * as already running under the fallback parent (no records: it started before).
 */
export function resolveProcess(
  sim: Sim,
  ctx: StepContext,
  name: string | undefined,
): HostedProcess | null {
  if (name === undefined) return ctx.last ?? ctx.fallbackParent;
  const ref = ctx.refs[name] ?? earlierStageRef(sim, ctx.host, name);
  if (ref) return ref;
  const host = ctx.host;
  const img = baseNameOf(name).toLowerCase();
  const base = sim.model.hosts[host]?.base;
  const session = ctx.user >= 0 ? sim.state.users[ctx.user]?.session : null;
  switch (img) {
    case 'explorer.exe':
      if (session) return { host, proc: session.explorer };
      break;
    case 'outlook.exe':
      if (session?.outlook) return { host, proc: session.outlook };
      break;
    case 'msedge.exe':
    case 'chrome.exe':
      if (session?.browser) return { host, proc: session.browser };
      break;
    case 'services.exe':
      if (base) return { host, proc: base.services };
      break;
    case 'winlogon.exe':
      if (base) return { host, proc: base.winlogon };
      break;
    case 'lsass.exe':
      if (base) return { host, proc: base.lsass };
      break;
    case 'wmiprvse.exe':
      if (base) return { host, proc: base.wmiprvse };
      break;
    case 'svchost.exe':
      if (base) return { host, proc: base.schedule };
      break;
    default:
      break;
  }
  const live = liveAdversaryProcess(sim, host, name);
  if (live) return live;
  const parent = ctx.fallbackParent;
  const path = name.includes('\\') ? name : `C:\\Windows\\System32\\${name}`;
  const user = img === 'explorer.exe' || !base ? ctx.account : ctx.account;
  const proc = sim.process(
    host,
    path,
    name.includes(' ') ? `"${path}"` : path,
    user,
    ctx.logonId,
    parent?.proc,
    'Medium',
  );
  const made = { host, proc };
  ctx.refs[name] = made;
  return made;
}

/** Whether an adversary process is still running. */
function alive(sim: Sim, p: HostedProcess): boolean {
  return sim.state.adversary.processes.some(
    (x) => x.alive && x.host === p.host && x.process.entityId === p.proc.entityId,
  );
}

/**
 * The process an earlier stage named by this ref on the host; when it has ended, the running
 * process of the same image that replaced it (an implant restarted by its persistence).
 */
function earlierStageRef(sim: Sim, host: number, name: string): HostedProcess | null {
  const stages = sim.state.adversary.stages;
  for (let i = stages.length - 1; i >= 0; i--) {
    const r = stages[i]?.refs[name];
    if (!r || r.host !== host) continue;
    if (alive(sim, r)) return r;
    return liveAdversaryProcess(sim, host, r.proc.executable) ?? r;
  }
  return null;
}

/** The latest still-running adversary process on the host with this image (path or name). */
function liveAdversaryProcess(sim: Sim, host: number, name: string): HostedProcess | null {
  const wanted = name.toLowerCase();
  const byPath = name.includes('\\');
  const list = sim.state.adversary.processes;
  for (let i = list.length - 1; i >= 0; i--) {
    const p = list[i];
    if (!p || !p.alive || p.host !== host) continue;
    const exe = p.process.executable.toLowerCase();
    if (byPath ? exe === wanted : baseNameOf(exe).toLowerCase() === wanted) {
      return { host, proc: p.process };
    }
  }
  return null;
}
