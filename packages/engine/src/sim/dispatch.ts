import { beacon } from '../adversary/beacon.js';
import { exfiltrate } from '../adversary/exfiltrate.js';
import { react } from '../adversary/reactions.js';
import { stageStep } from '../adversary/stageStep.js';
import { startStage } from '../adversary/startStage.js';
import { adminWork } from '../background/adminWork.js';
import { alwaysRoutine } from '../background/alwaysRoutine.js';
import { browse } from '../background/browse.js';
import { fileShare } from '../background/fileShare.js';
import { interactiveLogon } from '../background/interactiveLogon.js';
import { logoff } from '../background/logoff.js';
import { mail } from '../background/mail.js';
import { planDay } from '../background/planDay.js';
import { routine } from '../background/routine.js';
import { scheduledWork } from '../background/scheduledWork.js';
import { webTraffic } from '../background/webTraffic.js';
import { fireInject } from '../injects/fireInject.js';
import { applyEffect } from '../response/applyEffect.js';
import type { Job } from './Job.js';
import type { Sim } from './Sim.js';

/** Runs one job at sim time `t` (exhaustive: a new job kind breaks the build until handled). */
export function dispatch(sim: Sim, t: number, job: Job): void {
  switch (job.k) {
    case 'day':
      return planDay(sim, t);
    case 'logon':
      return interactiveLogon(sim, t, job.u, job.until);
    case 'logoff':
      return logoff(sim, t, job.u);
    case 'browse':
      return browse(sim, t, job.u, job.g);
    case 'mail':
      return mail(sim, t, job.u, job.g);
    case 'share':
      return fileShare(sim, t, job.u, job.i, job.g);
    case 'routine':
      return routine(sim, t, job.u, job.i, job.g);
    case 'admin':
      return adminWork(sim, t, job.u, job.g);
    case 'always':
      return alwaysRoutine(sim, t, job.u, job.i);
    case 'scheduled':
      return scheduledWork(sim, t, job.h, job.i);
    case 'web':
      return webTraffic(sim, t);
    case 'stage':
      return startStage(sim, t, job.s);
    case 'step':
      return stageStep(sim, t, job.s, job.i, job.run);
    case 'beacon':
      return beacon(sim, t, job.b);
    case 'exfil':
      return exfiltrate(sim, t, job.x);
    case 'react':
      return react(sim, t, job.r);
    case 'effect':
      return applyEffect(sim, t, job.a);
    case 'inject':
      return fireInject(sim, t, job.i, job.via);
    default: {
      const never: never = job;
      throw new Error(`unhandled job ${JSON.stringify(never)}`);
    }
  }
}
