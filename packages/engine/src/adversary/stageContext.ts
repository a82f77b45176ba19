import type { Sim } from '../sim/Sim.js';
import { SYSTEM_USER } from '../model/userFacts.js';
import type { StepContext } from '../steps/StepContext.js';

/**
 * The step context of a running stage: steps run on the stage's actor host as its target
 * user (the foothold's user), and process refs persist across the stage's steps.
 */
export function stageContext(sim: Sim, s: number): StepContext {
  const st = sim.state.adversary.stages[s]!;
  const stage = sim.model.scenario.adversary.stages[s]!;
  const m = sim.model;
  const um = m.users[st.user];
  const actorUser = m.users[actorUserOf(sim, st.actor, st.user)];
  const session = actorUser ? sim.state.users[actorUser.index]?.session : null;
  const hm = m.hosts[st.actor];
  const account = actorUser?.facts ?? SYSTEM_USER;
  return {
    host: st.actor,
    user: actorUser?.index ?? -1,
    account,
    logonId:
      session && actorUser?.host === st.actor
        ? session.logonId
        : account === SYSTEM_USER
          ? '0x3e7'
          : `0x${(0x200000 + ((st.actor * 7919 + s * 104729) % 0x5fffff)).toString(16)}`,
    targetHost: st.host,
    targetUser: um?.index ?? st.user,
    picked: st.picked,
    refs: st.refs,
    last: st.last,
    fallbackParent:
      session && actorUser?.host === st.actor
        ? { host: st.actor, proc: session.explorer }
        : hm?.base
          ? { host: st.actor, proc: hm.base.wmiprvse }
          : null,
    stage: stage.id,
    stageIndex: s,
    technique: stage.technique,
    stream: `adversary/stage/${stage.id}`,
  };
}

/** The user acting on a host: its owner's account, else the stage's target user. */
function actorUserOf(sim: Sim, host: number, fallback: number): number {
  const owner = sim.model.hosts[host]?.spec.owner;
  const u = owner !== undefined ? sim.model.userByName.get(owner) : undefined;
  return u ?? fallback;
}
