import { affectedAssets } from './affectedAssets.js';
import { attackTimeline } from './attackTimeline.js';
import { collateralComponent } from './collateralComponent.js';
import { containment } from './containment.js';
import { containmentComponent } from './containmentComponent.js';
import { detectionComponent, firstDetection } from './detectionComponent.js';
import { impactComponent } from './impactComponent.js';
import { reportComponent } from './reportComponent.js';
import { round2 } from './round2.js';
import type { Score } from './Score.js';
import type { ScoreInput } from './ScoreInput.js';
import { scoreTasks } from './scoreTasks.js';
import { tasksComponent } from './tasksComponent.js';

const REPORTING_KINDS = new Set(['notify', 'escalate']);

/**
 * Scores one team from what happened in its world: task answers (partial credit, hint
 * penalties), detection and containment timeliness against the attack's real progress,
 * business impact, collateral damage and the evaluator's report grade. Pure: the same input
 * always gives the same score.
 */
export function scoreTeam(input: ScoreInput): Score {
  const { scenario, truth, observations } = input;
  const actions = observations.actions;
  const timeline = attackTimeline(truth);
  const assets = affectedAssets(truth);
  const tasks = scoreTasks(scenario, truth, input.submissions, input.hintsUsed);
  const detection = firstDetection(scenario, timeline, tasks, actions, assets);
  const contained = containment(truth, timeline);
  const components = [
    tasksComponent(scenario, tasks),
    detectionComponent(scenario, timeline, detection),
    containmentComponent(scenario, timeline, contained),
    impactComponent(scenario, truth, observations),
    collateralComponent(scenario, actions, assets),
    reportComponent(scenario, input.report),
  ];
  const start = timeline.startedAt;
  let reportedAt: number | undefined;
  for (const a of actions) {
    const kind = scenario.responseActions.find((r) => r.id === a.action)?.kind;
    if (a.status === 'failed' || kind === undefined || !REPORTING_KINDS.has(kind)) continue;
    if (start !== undefined && a.at >= start && (reportedAt === undefined || a.at < reportedAt)) {
      reportedAt = a.at;
    }
  }
  const sum = components.reduce((a, c) => a + c.points, 0);
  return {
    total: round2(Math.max(0, sum)),
    max: round2(components.reduce((a, c) => a + c.max, 0)),
    components,
    tasks,
    metrics: {
      ...(start !== undefined ? { attackStartedAt: start } : {}),
      ...(start !== undefined && detection ? { timeToDetect: detection.at - start } : {}),
      ...(start !== undefined && contained.contained
        ? { timeToContain: contained.at - start }
        : {}),
      ...(start !== undefined && reportedAt !== undefined
        ? { timeToReport: reportedAt - start }
        : {}),
      stagesReached: timeline.done.length,
      stagesTotal: scenario.adversary.stages.length,
      exfiltratedBytes: truth.exfiltrated.bytes,
      downtimeMs: (observations.services ?? []).reduce((a, s) => a + s.downtimeMs, 0),
    },
  };
}
