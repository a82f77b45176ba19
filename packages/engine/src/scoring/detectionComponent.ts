import { formatDuration, parseDuration, type Scenario } from '@kunren/domain';
import { touchesAffected, type AffectedAssets } from './affectedAssets.js';
import { stagesDoneBy, type AttackTimeline } from './attackTimeline.js';
import { round2 } from './round2.js';
import type { ScoreComponent, TaskScore } from './Score.js';
import type { ObservedAction } from './ScoreInput.js';
import { timeliness } from './timeliness.js';

/** Answer types that name an indicator or an asset: a right one shows the team has found it. */
const INDICATOR_TYPES = new Set([
  'ip',
  'domain',
  'url',
  'hash',
  'host',
  'user',
  'email',
  'filename',
]);

/** When the team first showed it had detected the attack, and how. */
export interface Detection {
  readonly at: number;
  readonly by: string;
}

/**
 * The first sign of detection after the attack began: a fully right answer to an indicator or
 * asset task, or a response action (not a failed one) on an affected asset.
 */
export function firstDetection(
  scenario: Scenario,
  timeline: AttackTimeline,
  tasks: readonly TaskScore[],
  actions: readonly ObservedAction[],
  assets: AffectedAssets,
): Detection | undefined {
  const start = timeline.startedAt;
  if (start === undefined) return undefined;
  let best: Detection | undefined;
  const consider = (at: number, by: string): void => {
    if (at < start) return;
    if (best === undefined || at < best.at) best = { at, by };
  };
  for (const t of tasks) {
    const task = scenario.tasks.find((x) => x.id === t.task);
    if (task && INDICATOR_TYPES.has(task.answer.type) && t.correctAt >= 0) {
      consider(t.correctAt, `a right answer to task ${t.task}`);
    }
  }
  for (const a of actions) {
    if (a.status !== 'failed' && touchesAffected(a.target, assets)) {
      consider(a.at, `action ${a.action} on ${a.target}`);
    }
  }
  return best;
}

/**
 * Detection timeliness: half for the delay after initial access against `detectWithin`, half
 * for how early in the campaign it came (share of the campaign's stages still ahead).
 */
export function detectionComponent(
  scenario: Scenario,
  timeline: AttackTimeline,
  detection: Detection | undefined,
): ScoreComponent {
  const max = scenario.scoring.weights.detection;
  const start = timeline.startedAt;
  if (start === undefined) {
    return { id: 'detection', points: 0, max, explanation: 'The attack has not begun yet.' };
  }
  if (detection === undefined) {
    return {
      id: 'detection',
      points: 0,
      max,
      explanation: 'The team never identified an indicator or acted on an affected asset.',
    };
  }
  const within = parseDuration(scenario.scoring.detectWithin) ?? 0;
  const delay = detection.at - start;
  const time = timeliness(delay, within);
  const total = scenario.adversary.stages.length;
  const seen = stagesDoneBy(timeline, detection.at);
  const ahead = total > 1 ? Math.max(0, (total - seen) / (total - 1)) : 1;
  const points = round2(max * (0.5 * time + 0.5 * Math.min(1, ahead)));
  return {
    id: 'detection',
    points,
    max,
    explanation:
      `Detected ${formatDuration(delay)} after initial access (target ${scenario.scoring.detectWithin}) ` +
      `by ${detection.by}, when the adversary had completed ${seen} of its ${total} stages.`,
  };
}
