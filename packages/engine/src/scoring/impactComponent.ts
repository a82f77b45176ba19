import { formatDuration, type Scenario } from '@kunren/domain';
import { round2 } from './round2.js';
import type { ScoreComponent } from './Score.js';
import type { ScoringObservations, ScoringTruth } from './ScoreInput.js';

const HOUR = 3_600_000;

/**
 * Points per hour of one service's downtime: the highest `downtimePerHour` among the team's
 * actions on the hosts the service depends on, else the highest the scenario sets at all.
 */
function ratePerHour(
  scenario: Scenario,
  serviceId: string,
  actions: ScoringObservations['actions'],
) {
  const service = scenario.organisation.services.find((s) => s.id === serviceId);
  const hosts = new Set((service?.hosts ?? []).map((h) => h.toLowerCase()));
  let rate = -1;
  for (const a of actions) {
    if (a.status === 'failed' || !hosts.has(a.target.trim().toLowerCase())) continue;
    const def = scenario.responseActions.find((r) => r.id === a.action);
    if (def?.downtimePerHour !== undefined) rate = Math.max(rate, def.downtimePerHour);
  }
  if (rate >= 0) return rate;
  return Math.max(0, ...scenario.responseActions.map((r) => r.downtimePerHour ?? 0));
}

/**
 * Business impact: the `impact` weight minus the points lost to service downtime
 * (hours × `downtimePerHour`) and, when data left, the scenario's `exfiltrationPenalty`;
 * bounded below by minus the weight.
 */
export function impactComponent(
  scenario: Scenario,
  truth: ScoringTruth,
  observations: ScoringObservations,
): ScoreComponent {
  const actions = observations.actions;
  const max = scenario.scoring.weights.impact;
  const parts: string[] = [];
  let lost = 0;
  for (const s of observations.services ?? []) {
    if (s.downtimeMs <= 0) continue;
    const cost = (s.downtimeMs / HOUR) * ratePerHour(scenario, s.id, actions);
    lost += cost;
    parts.push(`${s.id} down ${formatDuration(s.downtimeMs)} (−${round2(cost)})`);
  }
  if (truth.exfiltrated.bytes > 0) {
    lost += scenario.scoring.exfiltrationPenalty;
    const mb = round2(truth.exfiltrated.bytes / 1_048_576);
    parts.push(`${mb} MB exfiltrated (−${scenario.scoring.exfiltrationPenalty})`);
  }
  const points = round2(Math.max(-max, max - lost));
  const explanation =
    parts.length === 0
      ? 'No service was interrupted and no data left the organisation.'
      : `${parts.join('; ')}.`;
  return { id: 'impact', points, max, explanation };
}
