import type { BaseProcesses, HostModel } from './HostModel.js';
import { makeProcess } from './makeProcess.js';
import { SYSTEM_USER } from './userFacts.js';

const SYS32 = 'C:\\Windows\\System32\\';

/** The system processes a Windows host was running when the scenario began (stable pids). */
export function baseProcesses(host: Omit<HostModel, 'base'>): BaseProcesses {
  const h = host as HostModel;
  const pid = (k: number) => 400 + ((host.seed >>> (k * 3)) % 90) * 4 + k * 96;
  const sys = (k: number, exe: string, cmd: string, parent?: BaseProcessesPartial) =>
    makeProcess({
      host: h,
      pid: pid(k),
      serial: -1 - k,
      executable: SYS32 + exe,
      commandLine: cmd,
      user: SYSTEM_USER,
      logonId: '0x3e7',
      integrity: 'System',
      sessionId: 0,
      ...(parent ? { parent } : {}),
    });
  const services = sys(1, 'services.exe', 'C:\\Windows\\system32\\services.exe');
  const dcom = sys(
    4,
    'svchost.exe',
    'C:\\Windows\\system32\\svchost.exe -k DcomLaunch -p',
    services,
  );
  return {
    winlogon: sys(0, 'winlogon.exe', 'winlogon.exe'),
    services,
    lsass: sys(2, 'lsass.exe', 'C:\\Windows\\system32\\lsass.exe'),
    schedule: sys(
      3,
      'svchost.exe',
      'C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule',
      services,
    ),
    dcom,
    wmiprvse: sys(
      5,
      'wbem\\WmiPrvSE.exe',
      'C:\\Windows\\system32\\wbem\\wmiprvse.exe -secured -Embedding',
      dcom,
    ),
  };
}

type BaseProcessesPartial = BaseProcesses[keyof BaseProcesses];
