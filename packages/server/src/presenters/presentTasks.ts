import { parseDuration, type Task } from '@kunren/domain';
import { Type, type Static } from '@sinclair/typebox';
import type { HintRecord, SubmissionRecord } from '../state/StateStore.js';

const Localized = Type.Record(Type.String(), Type.String());

/** A task as a team sees it: the question, never the key, solution or evidence queries. */
export const TaskView = Type.Object({
  id: Type.String(),
  title: Localized,
  question: Localized,
  phase: Type.String(),
  answerType: Type.String(),
  choices: Type.Optional(Type.Array(Localized)),
  points: Type.Integer(),
  attempts: Type.Union([Type.Integer(), Type.Null()], {
    description: 'Attempts allowed (null: unlimited)',
  }),
  attemptsUsed: Type.Integer(),
  status: Type.Union([Type.Literal('open'), Type.Literal('solved'), Type.Literal('exhausted')]),
  earned: Type.Number(),
  hintsAvailable: Type.Integer(),
  hintsTaken: Type.Integer({ description: 'Hints granted (their penalties count)' }),
  nextHintPenalty: Type.Union([Type.Integer(), Type.Null()], {
    description: 'Points the next hint costs, stated before asking (null: no hint left)',
  }),
  hints: Type.Array(
    Type.Object({
      id: Type.String(),
      index: Type.Integer(),
      status: Type.String(),
      penalty: Type.Integer(),
      text: Type.Optional(Localized),
    }),
  ),
});
/** A task view. */
export type TaskView = Static<typeof TaskView>;

/** True when the task is open at sim ms `now`. */
export function taskAvailable(task: Task, now: number): boolean {
  return task.availableAfter === undefined || (parseDuration(task.availableAfter) ?? 0) <= now;
}

/** Presents the tasks open at `now` with the team's attempts, points and hints. */
export function presentTasks(
  tasks: readonly Task[],
  now: number,
  submissions: readonly SubmissionRecord[],
  hints: readonly HintRecord[],
): TaskView[] {
  return tasks
    .filter((t) => taskAvailable(t, now))
    .map((task) => {
      const mine = submissions.filter((s) => s.taskId === task.id);
      const solved = mine.some((s) => s.correct);
      const limit = task.attempts ?? null;
      const best = mine.reduce((m, s) => Math.max(m, s.credit), 0);
      const asked = hints.filter((h) => h.taskId === task.id);
      return {
        id: task.id,
        title: task.title,
        question: task.question,
        phase: task.phase,
        answerType: task.answer.type,
        ...(task.answer.choices ? { choices: task.answer.choices } : {}),
        points: task.points,
        attempts: limit,
        attemptsUsed: mine.length,
        status: solved ? 'solved' : limit !== null && mine.length >= limit ? 'exhausted' : 'open',
        earned: best * task.points,
        hintsAvailable: task.hints?.length ?? 0,
        hintsTaken: asked.filter((h) => h.status === 'granted').length,
        nextHintPenalty: task.hints?.[asked.length]?.penalty ?? null,
        hints: asked.map((h) => ({
          id: h.id,
          index: h.hintIndex,
          status: h.status,
          penalty: h.penalty,
          ...(h.status === 'granted' && task.hints?.[h.hintIndex]
            ? { text: task.hints[h.hintIndex]!.text }
            : {}),
        })),
      };
    });
}
