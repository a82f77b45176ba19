import { baseNameOf } from '../catalog/imageFacts.js';
import type { Sim } from '../sim/Sim.js';
import type { HostedProcess } from '../state/AdversaryState.js';
import type { StepContext } from './StepContext.js';

/**
 * The process a step names (`parent:` or `process:`): a ref of an earlier step, or a running
 * process by image (`explorer.exe`, `services.exe`, a full path). Base system processes
 * and the actor's session processes are found on the step's host; any other image is taken
 * as already running under the fallback parent (no records: it started before).
 */
export function resolveProcess(
  sim: Sim,
  ctx: StepContext,
  name: string | undefined,
): HostedProcess | null {
  if (name === undefined) return ctx.last ?? ctx.fallbackParent;
  const ref = ctx.refs[name];
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
