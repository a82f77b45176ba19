import type { Step } from '@kunren/domain';
import type { Sim } from '../sim/Sim.js';
import { runBeacon, runExfiltrate, runStageData } from './runCampaignSteps.js';
import {
  runFile,
  runImageLoad,
  runProcess,
  runProcessAccess,
  runRegistry,
  runRemoteThread,
} from './runHostSteps.js';
import { runConnect, runMail, runWebRequest } from './runNetworkSteps.js';
import {
  runAccount,
  runClearLog,
  runLogon,
  runScheduledTask,
  runService,
} from './runWindowsSteps.js';
import type { Scope } from './Scope.js';
import type { StepContext } from './StepContext.js';
import type { StepResult } from './StepResult.js';

/**
 * Runs one telemetry step at sim time `t` for an actor, rendering its records through the
 * telemetry builders. `index` is the step's position (exfiltration resumes after it).
 */
export function runStep(
  sim: Sim,
  t: number,
  ctx: StepContext,
  step: Step,
  sc: Scope,
  index: number,
): StepResult {
  switch (step.kind) {
    case 'process':
      return runProcess(sim, t, ctx, step, sc);
    case 'connect':
      return runConnect(sim, t, ctx, step, sc);
    case 'beacon':
      return runBeacon(sim, t, ctx, step, sc);
    case 'file':
      return runFile(sim, t, ctx, step, sc);
    case 'registry':
      return runRegistry(sim, t, ctx, step, sc);
    case 'image-load':
      return runImageLoad(sim, t, ctx, step, sc);
    case 'process-access':
      return runProcessAccess(sim, t, ctx, step, sc);
    case 'remote-thread':
      return runRemoteThread(sim, t, ctx, step, sc);
    case 'logon':
      return runLogon(sim, t, ctx, step, sc);
    case 'service':
      return runService(sim, t, ctx, step, sc);
    case 'scheduled-task':
      return runScheduledTask(sim, t, ctx, step, sc);
    case 'account':
      return runAccount(sim, t, ctx, step, sc);
    case 'clear-log':
      return runClearLog(sim, t, ctx);
    case 'mail':
      return runMail(sim, t, ctx, step, sc);
    case 'web-request':
      return runWebRequest(sim, t, ctx, step, sc);
    case 'stage-data':
      return runStageData(sim, t, ctx, step, sc);
    case 'exfiltrate':
      return runExfiltrate(sim, t, ctx, step, sc, index);
    default: {
      const never: never = step;
      throw new Error(`unhandled step kind ${JSON.stringify(never)}`);
    }
  }
}
