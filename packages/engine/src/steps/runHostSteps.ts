import type { Step } from '@kunren/domain';
import {
  sysmon10,
  sysmon11,
  sysmon12,
  sysmon13,
  sysmon7,
  sysmon8,
  type IntegrityLevel,
  type RegistryFacts,
} from '../telemetry/index.js';
import { emitProcess } from '../emit/emitProcess.js';
import { isSystemName, SYSTEM_USER } from '../model/userFacts.js';
import type { Sim } from '../sim/Sim.js';
import { fileFacts } from './fileFacts.js';
import { actorStep } from './actorStep.js';
import { maybeEdrAlert } from './maybeEdrAlert.js';
import { resolveProcess } from './resolveProcess.js';
import type { Scope } from './Scope.js';
import type { StepContext } from './StepContext.js';
import type { StepResult } from './StepResult.js';

/** The step variant of one kind. */
export type StepOf<K extends Step['kind']> = Extract<Step, { kind: K }>;

/** Runs a program: Sysmon 1 and 4688 with the parent, user and logon session of the actor. */
export function runProcess(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'process'>,
  sc: Scope,
): StepResult {
  const parent = resolveProcess(sim, ctx, s.parent);
  const host =
    parent && parent.host !== ctx.host && s.parent !== undefined ? parent.host : ctx.host;
  if (sim.cutOff(host, t)) return { t, ok: false, reason: 'host cut off' };
  const userName = s.user !== undefined ? sc.render(s.user) : undefined;
  const system = userName !== undefined ? isSystemName(userName) : ctx.account.sid === 'S-1-5-18';
  const account = system
    ? SYSTEM_USER
    : userName !== undefined
      ? sim.model.account(userName)
      : ctx.account;
  const logonId = system ? '0x3e7' : ctx.logonId;
  const integrity = (s.integrity ?? (system ? 'System' : 'Medium')) as IntegrityLevel;
  const image = sc.render(s.image);
  const proc = sim.process(
    host,
    image,
    sc.render(s.commandLine),
    account,
    logonId,
    parent?.proc,
    integrity,
    s.hash !== undefined ? sc.render(s.hash) : undefined,
    system ? 'C:\\Windows\\system32\\' : `C:\\Users\\${account.name}\\`,
  );
  emitProcess(sim, t, host, proc, ctx.host);
  const hosted = { host, proc };
  if (s.ref !== undefined) ctx.refs[s.ref] = hosted;
  ctx.last = hosted;
  if (ctx.stage !== '') {
    sim.state.adversary.processes.push({
      host,
      process: proc,
      at: t,
      stage: ctx.stage,
      alive: true,
    });
  }
  maybeEdrAlert(sim, t, ctx, host, s.edrAlert, proc);
  return { t: t + 5, ok: true };
}

/** Creates a file (Sysmon 11); deletions are not rendered. */
export function runFile(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'file'>,
  sc: Scope,
): StepResult {
  return actorStep(sim, t, ctx, s, 2, (p, hm) => {
    const file = fileFacts(
      sc.render(s.path),
      s.hash !== undefined ? sc.render(s.hash) : undefined,
      s.size,
    );
    if (s.action === 'create' && hm?.windows) {
      sim.emit(t, sysmon11(sim.meta(t, p.host, 'sysmon'), hm.facts, p.proc, file), ctx.host);
    }
    return { file };
  });
}

/** Sets a registry value: Sysmon 12 (key) then 13 (value). */
export function runRegistry(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'registry'>,
  sc: Scope,
): StepResult {
  return actorStep(sim, t, ctx, s, 2, (p, hm) => {
    if (!hm?.windows) return 'skip';
    const { hive, key } = registryKey(sc.render(s.key), p.proc.user.sid);
    sim.emit(
      t,
      sysmon12(sim.meta(t, p.host, 'sysmon'), hm.facts, p.proc, { hive, key, action: 'CreateKey' }),
      ctx.host,
    );
    sim.emit(
      t + 1,
      sysmon13(sim.meta(t + 1, p.host, 'sysmon'), hm.facts, p.proc, {
        hive,
        key,
        value: sc.render(s.value),
        data: sc.render(s.data),
        action: 'SetValue',
      }),
      ctx.host,
    );
    return undefined;
  });
}

/** Splits `HKCU\Software\…` into Sysmon's hive and key (HKCU is the user's HKU branch). */
function registryKey(full: string, userSid: string): Pick<RegistryFacts, 'hive' | 'key'> {
  const cut = full.indexOf('\\');
  const hiveText = (cut < 0 ? full : full.slice(0, cut)).toUpperCase();
  const rest = cut < 0 ? '' : full.slice(cut + 1);
  if (hiveText === 'HKCU' || hiveText === 'HKEY_CURRENT_USER')
    return { hive: 'HKU', key: `${userSid}\\${rest}` };
  if (hiveText === 'HKU' || hiveText === 'HKEY_USERS') return { hive: 'HKU', key: rest };
  if (hiveText === 'HKCR' || hiveText === 'HKEY_CLASSES_ROOT') return { hive: 'HKCR', key: rest };
  return { hive: 'HKLM', key: rest };
}

/** A module load (Sysmon 7). */
export function runImageLoad(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'image-load'>,
  sc: Scope,
): StepResult {
  return actorStep(sim, t, ctx, s, 1, (p, hm) => {
    if (!hm?.windows) return undefined;
    const signed = s.signed ?? true;
    sim.emit(
      t,
      sysmon7(
        sim.meta(t, p.host, 'sysmon'),
        hm.facts,
        p.proc,
        fileFacts(sc.render(s.dll), s.hash !== undefined ? sc.render(s.hash) : undefined),
        signed,
        signed ? 'Microsoft Windows' : '-',
      ),
      ctx.host,
    );
    return undefined;
  });
}

/** A process opens another (Sysmon 10), e.g. LSASS. */
export function runProcessAccess(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'process-access'>,
  sc: Scope,
): StepResult {
  return actorStep(sim, t, ctx, s, 1, (p, hm) => {
    const target = resolveProcess(sim, { ...ctx, host: p.host }, sc.render(s.target));
    if (!hm?.windows || !target) return undefined;
    const trace =
      'C:\\Windows\\SYSTEM32\\ntdll.dll+9d4c4|C:\\Windows\\System32\\KERNELBASE.dll+2c13e|' +
      `UNKNOWN(00000${(p.proc.pid * 2654435761).toString(16).slice(-6).toUpperCase()})`;
    sim.emit(
      t,
      sysmon10(
        sim.meta(t, p.host, 'sysmon'),
        hm.facts,
        p.proc,
        target.proc,
        s.grantedAccess,
        trace,
      ),
      ctx.host,
    );
    return undefined;
  });
}

/** A remote thread into another process (Sysmon 8). */
export function runRemoteThread(
  sim: Sim,
  t: number,
  ctx: StepContext,
  s: StepOf<'remote-thread'>,
  sc: Scope,
): StepResult {
  return actorStep(sim, t, ctx, s, 1, (p, hm) => {
    const target = resolveProcess(sim, { ...ctx, host: p.host }, sc.render(s.target));
    if (!hm?.windows || !target) return undefined;
    const addr = `0x00000${(0x1a0000 + (p.proc.pid % 4096) * 16).toString(16).toUpperCase()}`;
    sim.emit(
      t,
      sysmon8(sim.meta(t, p.host, 'sysmon'), hm.facts, p.proc, target.proc, addr, '-'),
      ctx.host,
    );
    return undefined;
  });
}
