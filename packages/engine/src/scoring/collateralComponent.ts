import type { Scenario } from '@kunren/domain';
import type { AffectedAssets } from './affectedAssets.js';
import { round2 } from './round2.js';
import type { ScoreComponent } from './Score.js';
import type { ObservedAction } from './ScoreInput.js';

/** Action kinds that take a host out of service: charged twice on a host never compromised. */
const DISRUPTIVE = new Set(['isolate-host', 'restore-from-backup', 'patch-host']);

/**
 * Collateral damage, a deduction: the cost of every action taken (failed ones excepted), and
 * the cost once more for taking a host out of service that the adversary never touched.
 */
export function collateralComponent(
  scenario: Scenario,
  actions: readonly ObservedAction[],
  assets: AffectedAssets,
): ScoreComponent {
  let cost = 0;
  let count = 0;
  const innocent: string[] = [];
  for (const a of actions) {
    if (a.status === 'failed') continue;
    const def = scenario.responseActions.find((r) => r.id === a.action);
    if (!def) continue;
    count++;
    cost += def.cost;
    const host = a.target.trim().toLowerCase();
    if (DISRUPTIVE.has(def.kind) && !assets.hosts.has(host)) {
      cost += def.cost;
      innocent.push(host);
    }
  }
  const points = round2(-cost);
  const extra = innocent.length
    ? `, including ${[...new Set(innocent)].join(', ')} taken out of service though never compromised`
    : '';
  const explanation =
    count === 0
      ? 'No action taken, no collateral cost.'
      : `${count} actions cost ${round2(cost)}${extra}.`;
  return { id: 'collateral', points: points === 0 ? 0 : points, max: 0, explanation };
}
