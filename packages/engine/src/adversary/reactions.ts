import { durationMs, sampleDistribution } from '../sim/sampleDistribution.js';
import type { Reaction } from '../sim/Job.js';
import type { Sim } from '../sim/Sim.js';
import { liveFoothold } from './conditions.js';
import { currentC2 } from './currentC2.js';
import { startImplant } from './startImplant.js';

/** A containment the adversary may answer. */
export type Containment =
  | { readonly on: 'c2-blocked'; readonly domain: string; readonly ip: string }
  | { readonly on: 'host-isolated'; readonly host: number }
  | { readonly on: 'host-released'; readonly host: number }
  | { readonly on: 'credential-reset'; readonly user: string }
  | { readonly on: 'process-killed'; readonly host: number };

/**
 * Schedules the scenario's reactions to a containment, each after its delay (drawn from
 * its own stream) and at most once per cause.
 */
export function reactTo(sim: Sim, t: number, c: Containment): void {
  const a = sim.state.adversary;
  const once = (key: string): boolean => {
    if (a.reacted.includes(key)) return false;
    a.reacted.push(key);
    return true;
  };
  const later = (key: string, delay: Parameters<typeof sampleDistribution>[0], r: Reaction) => {
    sim.schedule(t + sampleDistribution(delay, sim.rng(`adversary/react/${key}`)), {
      k: 'react',
      r,
    });
  };
  for (const re of sim.model.scenario.adversary.reactions) {
    switch (c.on) {
      case 'c2-blocked': {
        if (re.on !== 'c2-blocked') break;
        const inUse = sim.model.indicators[currentC2(sim, re.indicator)];
        const domain = sim.model.indicators[re.indicator];
        const hit =
          domain === c.domain ||
          inUse === c.domain ||
          (domain !== undefined && sim.model.resolve(domain) === c.ip);
        if (hit && once(`c2:${re.indicator}`)) {
          later(`c2:${re.indicator}`, re.delay, {
            kind: 'fallback-c2',
            indicator: re.indicator,
            fallback: re.fallback,
          });
        }
        break;
      }
      case 'host-isolated':
        if (re.on !== 'host-isolated') break;
        if (re.do === 'go-quiet') {
          if (once(`quiet:isolate:${c.host}`))
            later(`quiet:${c.host}`, re.delay, { kind: 'go-quiet' });
        } else if (once(`reenter:${c.host}:${t}`)) {
          later(`reenter:${c.host}`, re.delay, { kind: 'reenter', host: c.host });
        }
        break;
      case 'host-released':
        if (re.on === 'host-isolated' && re.do === 'reenter-via-persistence') {
          later(`release:${c.host}`, re.delay, { kind: 'restart', host: c.host });
        }
        break;
      case 'credential-reset':
        if (re.on !== 'credential-reset') break;
        if (!once(`reset:${c.user}:${t}`)) break;
        later(
          `reset:${c.user}`,
          re.delay,
          re.do === 'go-quiet' ? { kind: 'go-quiet' } : { kind: 'redump', user: c.user },
        );
        break;
      case 'process-killed':
        if (re.on === 'process-killed' && once(`kill:${c.host}:${t}`)) {
          later(`kill:${c.host}`, re.delay, { kind: 'restart', host: c.host });
        }
        break;
      default: {
        const never: never = c;
        throw new Error(`unhandled containment ${JSON.stringify(never)}`);
      }
    }
  }
}

/** Carries out a reaction whose delay has passed. */
export function react(sim: Sim, t: number, r: Reaction): void {
  const a = sim.state.adversary;
  switch (r.kind) {
    case 'fallback-c2':
      a.c2Alias[r.indicator] = r.fallback;
      return;
    case 'go-quiet':
      a.quietUntil = Math.max(
        a.quietUntil,
        t + durationMs(sim.model.scenario.adversary.quietFor ?? '12h'),
      );
      return;
    case 'restart':
      startImplant(sim, t, r.host, 'persistence');
      return;
    case 'reenter': {
      const hosts = [
        ...new Set(
          a.persistence.filter((p) => p.removedAt < 0 && p.host !== r.host).map((p) => p.host),
        ),
      ];
      for (const h of hosts) startImplant(sim, t, h, 'reentry');
      return;
    }
    case 'redump': {
      const s = sim.model.scenario.adversary.stages.findIndex((st) =>
        (st.effects ?? []).some((e) => 'credential' in e),
      );
      const st = a.stages[s];
      if (!st || st.doneAt < 0 || !liveFoothold(sim, st.actor, t)) return;
      st.runs++;
      st.status = 'running';
      st.refs = {};
      st.last = null;
      sim.notify({
        type: 'stage',
        at: t,
        id: sim.model.scenario.adversary.stages[s]!.id,
        status: 'started',
        host: sim.model.hosts[st.host]?.name ?? '',
      });
      sim.schedule(t, { k: 'step', s, i: 0, run: st.runs });
      return;
    }
    default: {
      const never: never = r;
      throw new Error(`unhandled reaction ${JSON.stringify(never)}`);
    }
  }
}
