import type { Condition, Scenario, Stage } from '@kunren/domain';
import { expandOrganisation } from '@kunren/domain';
import type { Finding } from '../Finding.js';

const RANK: Record<string, number> = {
  standard: 0,
  service: 0,
  'local-admin': 1,
  'domain-admin': 2,
};

/** What the stages other than `self` can establish in the world. */
function provided(stages: readonly Stage[], self: Stage, privileges: ReadonlyMap<string, string>) {
  const others = stages.filter((s) => s !== self);
  const effects = others.flatMap((s) => s.effects ?? []);
  const steps = others.flatMap((s) => s.steps);
  const credentialRank = effects.reduce((best, e) => {
    if (!('credential' in e)) return best;
    const rank = e.credential.includes('{{') ? 2 : (RANK[privileges.get(e.credential) ?? ''] ?? 0);
    return Math.max(best, rank);
  }, -1);
  return {
    foothold: effects.some((e) => 'foothold' in e),
    staged: effects.some((e) => 'staged' in e) || steps.some((s) => s.kind === 'stage-data'),
    c2: steps.some((s) => s.kind === 'beacon'),
    credentialRank,
  };
}

/** Why a precondition can never hold, or undefined when some stage can establish it. */
function impossible(c: Condition, p: ReturnType<typeof provided>): string | undefined {
  if ('foothold' in c) {
    return p.foothold
      ? undefined
      : 'a foothold, and no other stage has a foothold effect; add effects: [{foothold: …}] to the stage that gains it';
  }
  if ('staged' in c) {
    return p.staged
      ? undefined
      : 'staged data, and no other stage stages any; add a stage-data step or effects: [{staged: <bytes>}]';
  }
  if ('c2' in c) {
    return p.c2
      ? undefined
      : 'a reachable C2, and no other stage starts a beacon; add a beacon step';
  }
  const need = c.credential === 'any' ? 0 : (RANK[c.credential] ?? 0);
  if (p.credentialRank >= need) return undefined;
  return p.credentialRank < 0
    ? `a ${c.credential} credential, and no other stage steals one; add effects: [{credential: <username>}]`
    : `a ${c.credential} credential, and the stolen ones have fewer privileges; steal an account with ${c.credential} privileges`;
}

/**
 * Preconditions some stage can meet: a stage requiring a foothold, a credential (of a
 * privilege level), a reachable C2 or staged data can only ever start if another stage
 * establishes it (the engine retries a waiting stage, so it need not come directly before).
 */
export function checkPreconditions(scenario: Scenario): Finding[] {
  const privileges = new Map(
    expandOrganisation(scenario.organisation).users.map((u) => [u.username, u.privileges]),
  );
  const stages = scenario.adversary.stages;
  const out: Finding[] = [];
  stages.forEach((stage, i) => {
    const p = provided(stages, stage, privileges);
    (stage.requires ?? []).forEach((c, j) => {
      const why = impossible(c, p);
      if (why === undefined) return;
      out.push({
        id: 'scenario.unreachable-stage',
        path: ['adversary', 'stages', i, 'requires', j],
        message: `stage "${stage.id}" can never start: it requires ${why}`,
      });
    });
  });
  return out;
}
