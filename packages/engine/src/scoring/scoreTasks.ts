import { gradeAnswer, type Scenario, type Task } from '@kunren/domain';
import { resolveAnswerKey } from './resolveAnswerKey.js';
import type { TaskScore } from './Score.js';
import type { HintUse, ScoringTruth, Submission } from './ScoreInput.js';

/** A task's keys resolved in this world, or undefined when one has no value here. */
export function resolvedKeys(
  task: Task,
  scenario: Scenario,
  truth: ScoringTruth,
): string[] | undefined {
  const out: string[] = [];
  for (const key of task.answer.key) {
    const value = resolveAnswerKey(key, scenario, truth);
    if (value === undefined) return undefined;
    out.push(value);
  }
  return out;
}

/** Credit 0–1 of one answer, and whether it waits for an evaluator. */
function creditOf(
  task: Task,
  keys: readonly string[] | undefined,
  s: Submission,
  utcOffset: string,
): { credit: number; pending: boolean } {
  if (task.answer.type === 'text') {
    if (s.evaluatorCredit === undefined) return { credit: 0, pending: true };
    return { credit: Math.min(1, Math.max(0, s.evaluatorCredit)), pending: false };
  }
  if (keys === undefined) return { credit: 0, pending: false };
  const g = gradeAnswer(task.answer, keys, s.answer, { utcOffset });
  return { credit: g.correct ? 1 : Math.min(1, Math.max(0, g.fraction)), pending: false };
}

/**
 * Grades every task: the best credit among the counted answers (the first `attempts` ones,
 * in submission order), times the task's points, minus the penalties of the hints opened
 * (each hint once), never below zero.
 */
export function scoreTasks(
  scenario: Scenario,
  truth: ScoringTruth,
  submissions: readonly Submission[],
  hintsUsed: readonly HintUse[],
): TaskScore[] {
  return scenario.tasks.map((task) => {
    const keys = resolvedKeys(task, scenario, truth);
    const mine = submissions
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.task === task.id)
      .sort((a, b) => a.s.at - b.s.at || a.i - b.i)
      .map(({ s }) => s);
    const counted = task.attempts !== undefined ? mine.slice(0, task.attempts) : mine;
    let credit = 0;
    let correctAt = -1;
    let pending = false;
    for (const s of counted) {
      const c = creditOf(task, keys, s, scenario.organisation.utcOffset);
      if (c.credit > credit) credit = c.credit;
      if (c.credit >= 1 && correctAt < 0) correctAt = s.at;
      pending = c.pending && credit === 0;
    }
    const opened = new Set<number>();
    for (const h of hintsUsed) if (h.task === task.id) opened.add(h.hint);
    let hintPenalty = 0;
    for (const i of [...opened].sort((a, b) => a - b)) hintPenalty += task.hints?.[i]?.penalty ?? 0;
    const points = Math.max(0, task.points * credit - hintPenalty);
    return { task: task.id, points, max: task.points, credit, hintPenalty, correctAt, pending };
  });
}
