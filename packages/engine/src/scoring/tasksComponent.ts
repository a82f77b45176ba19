import type { Scenario } from '@kunren/domain';
import { round2 } from './round2.js';
import type { ScoreComponent, TaskScore } from './Score.js';

/** The task component: the share of task points earned, scaled to the `tasks` weight. */
export function tasksComponent(scenario: Scenario, tasks: readonly TaskScore[]): ScoreComponent {
  const max = scenario.scoring.weights.tasks;
  const earned = tasks.reduce((a, t) => a + t.points, 0);
  const possible = tasks.reduce((a, t) => a + t.max, 0);
  const right = tasks.filter((t) => t.credit >= 1).length;
  const partial = tasks.filter((t) => t.credit > 0 && t.credit < 1).length;
  const penalty = tasks.reduce((a, t) => a + t.hintPenalty, 0);
  const pending = tasks.filter((t) => t.pending).length;
  const points = possible > 0 ? round2((max * earned) / possible) : 0;
  const parts = [
    `${round2(earned)} of ${possible} task points`,
    `${right} of ${tasks.length} tasks right`,
    partial ? `${partial} partly right` : '',
    penalty ? `hints cost ${penalty}` : '',
    pending ? `${pending} awaiting an evaluator` : '',
  ].filter((p) => p !== '');
  return { id: 'tasks', points, max, explanation: `${parts.join(', ')}.` };
}
