import { formatDuration, parseDuration, type Scenario } from '@kunren/domain';
import type { AttackTimeline } from './attackTimeline.js';
import type { Containment } from './containment.js';
import { round2 } from './round2.js';
import type { ScoreComponent } from './Score.js';
import { timeliness } from './timeliness.js';

/**
 * Containment timeliness: nothing while the adversary is still active; once cut off, half the
 * weight for containing at all and half for the time from initial access against
 * `containWithin`; a quarter of that when the data had already left.
 */
export function containmentComponent(
  scenario: Scenario,
  timeline: AttackTimeline,
  c: Containment,
): ScoreComponent {
  const max = scenario.scoring.weights.containment;
  if (!c.contained || timeline.startedAt === undefined) {
    const reason = c.contained ? 'the attack has not begun yet' : c.reason;
    return { id: 'containment', points: 0, max, explanation: `Not contained: ${reason}.` };
  }
  const within = parseDuration(scenario.scoring.containWithin) ?? 0;
  const delay = c.at - timeline.startedAt;
  const time = timeliness(delay, within);
  const base = c.beforeExfiltration ? 1 : 0.25;
  const points = round2(max * base * (0.5 + 0.5 * time));
  const when = c.beforeExfiltration ? 'before any data left' : 'only after data had left';
  return {
    id: 'containment',
    points,
    max,
    explanation: `Adversary cut off ${formatDuration(delay)} after initial access (target ${scenario.scoring.containWithin}), ${when}.`,
  };
}
