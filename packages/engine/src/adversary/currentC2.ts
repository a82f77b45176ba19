import type { Sim } from '../sim/Sim.js';

/** The C2 indicator in use for `name`, following fallbacks switched to after blocks. */
export function currentC2(sim: Sim, name: string): string {
  let n = name;
  const alias = sim.state.adversary.c2Alias;
  for (let i = 0; i < 8 && Object.hasOwn(alias, n); i++) n = alias[n]!;
  return n;
}
