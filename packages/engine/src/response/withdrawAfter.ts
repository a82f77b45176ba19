import type { Sim } from '../sim/Sim.js';
import type { Pending } from '../sim/OutputBuffer.js';

/**
 * Withdraws records already rendered for after `t` that a containment landing at `t`
 * prevents: everything from or on an isolated host, and traffic to a blocked domain or
 * address (the jobs that rendered them decided a moment before the containment).
 */
export function withdrawAfter(
  sim: Sim,
  t: number,
  what: { host?: number; domain?: string; ip?: string },
): void {
  const hm = what.host !== undefined ? sim.model.hosts[what.host] : undefined;
  sim.out.withdraw(t, (p: Pending) => {
    if (p.item.type !== 'event') return false;
    if (hm) {
      if (p.src === hm.index) return true;
      const h = p.item.event.host as { name?: string } | undefined;
      return h?.name === hm.name;
    }
    if (what.domain !== undefined)
      return p.dom === what.domain || p.dom.endsWith(`.${what.domain}`);
    if (what.ip !== undefined) return p.dip === what.ip;
    return false;
  });
}
