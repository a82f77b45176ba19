import type { Sim } from '../sim/Sim.js';
import type { StepContext } from '../steps/StepContext.js';

/** The step context of a user working in their session (processes start under explorer). */
export function sessionContext(sim: Sim, u: number, stream: string): StepContext | undefined {
  const um = sim.model.users[u];
  const session = sim.state.users[u]?.session;
  if (!um || !session || um.host < 0) return undefined;
  return {
    host: um.host,
    user: u,
    account: um.facts,
    logonId: session.logonId,
    targetHost: um.host,
    targetUser: u,
    picked: [u],
    refs: {},
    last: null,
    fallbackParent: { host: um.host, proc: session.explorer },
    stage: '',
    stageIndex: -1,
    technique: '',
    stream,
  };
}

/** Whether the user is at work at `t` (session open and not past its planned end). */
export function inSession(sim: Sim, u: number, t: number): boolean {
  const s = sim.state.users[u]?.session;
  return s !== null && s !== undefined && t < s.until;
}

/** Whether `t` falls in the organisation's lunch break. */
export function atLunch(sim: Sim, t: number): boolean {
  const m = sim.model;
  const minute = m.calendar.localMinute(t);
  return minute >= m.lunchStartMin && minute < m.lunchEndMin;
}
