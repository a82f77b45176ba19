import { randomUUID } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../http/AppContext.js';
import { errors } from '../http/errors.js';
import { teamAccess } from '../http/guards.js';
import { rooms } from '../live/rooms.js';
import { presentTasks, taskAvailable, TaskView } from '../presenters/presentTasks.js';
import { teamScore } from '../runtime/teamScore.js';
import { errorResponses, Uuid } from '../schemas/common.js';
import { ScoreView } from '../schemas/frames.js';
import { presentScore } from '../presenters/presentScore.js';
import type { ExerciseRuntime } from '../runtime/ExerciseRuntime.js';
import { TeamParams } from './teamParams.js';

const TaskParams = Type.Object(
  { teamId: Uuid, taskId: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64 }) },
  { additionalProperties: false },
);
const AnswerBody = Type.Object(
  { answer: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);
const Feedback = Type.Object({
  correct: Type.Boolean(),
  credit: Type.Number(),
  points: Type.Number(),
  feedback: Type.String(),
  attemptsLeft: Type.Union([Type.Integer(), Type.Null()]),
});

function findTask(exercise: ExerciseRuntime, taskId: string, now: number) {
  const task = exercise.scenario.tasks.find((t) => t.id === taskId);
  if (!task || !taskAvailable(task, now)) throw errors.notFound('task', taskId);
  return task;
}

/** Tasks: list, answer (validated, limited attempts, immediate feedback), hints, score. */
export function taskRoutes(app: FastifyInstance, ctx: AppContext): void {
  const publishScore = async (exercise: ExerciseRuntime, teamId: string) => {
    const score = await teamScore(ctx.runtime.deps.engine, ctx.state, exercise, teamId);
    ctx.hub.publish(rooms.team(teamId), {
      type: 'score',
      teamId,
      score: presentScore(score),
    });
  };

  app.get<{ Params: TeamParams }>(
    '/api/teams/:teamId/tasks',
    {
      schema: {
        tags: ['trainee'],
        summary: 'Tasks open now, with attempts, points and hints',
        params: TeamParams,
        response: { 200: Type.Array(TaskView), ...errorResponses },
      },
    },
    async (request) => {
      const { team, exercise } = await teamAccess(ctx, request, request.params.teamId);
      const [subs, hints] = await Promise.all([
        ctx.state.listSubmissions(team.id),
        ctx.state.listHints(team.id),
      ]);
      return presentTasks(exercise.scenario.tasks, exercise.simNow(), subs, hints);
    },
  );

  app.post<{ Params: Static<typeof TaskParams>; Body: Static<typeof AnswerBody> }>(
    '/api/teams/:teamId/tasks/:taskId/answers',
    {
      schema: {
        tags: ['trainee'],
        summary: 'Submit an answer (rate limited)',
        params: TaskParams,
        body: AnswerBody,
        response: { 200: Feedback, ...errorResponses },
      },
      config: {
        rateLimit: {
          max: ctx.limits.answersPerMinute,
          timeWindow: 60_000,
          keyGenerator: (r: FastifyRequest) => r.cookies.kunren_session ?? r.ip,
        },
      },
    },
    async (request) => {
      const { team, exercise, caller, staff } = await teamAccess(
        ctx,
        request,
        request.params.teamId,
      );
      if (staff) throw errors.forbidden('answer tasks for a team');
      const now = exercise.simNow();
      const task = findTask(exercise, request.params.taskId, now);
      const mine = (await ctx.state.listSubmissions(team.id)).filter((s) => s.taskId === task.id);
      if (mine.some((s) => s.correct))
        throw errors.conflict(
          'task.solved',
          'This task is already solved.',
          'Move on to the next task.',
        );
      if (task.attempts !== undefined && mine.length >= task.attempts)
        throw errors.conflict(
          'task.no-attempts',
          `All ${task.attempts} attempts are used.`,
          'Ask the instructor for help.',
        );
      const runtime = exercise.team(team.id);
      const grade = ctx.runtime.deps.engine.gradeAnswer(
        exercise.scenario,
        task,
        request.body.answer,
        runtime.world,
      );
      await ctx.state.addSubmission({
        id: randomUUID(),
        teamId: team.id,
        taskId: task.id,
        userId: caller.user.id,
        answer: request.body.answer,
        correct: grade.correct,
        credit: grade.credit,
        simAt: now,
      });
      runtime.lastActivity = new Date(ctx.clock.now()).toISOString();
      await publishScore(exercise, team.id);
      return {
        correct: grade.correct,
        credit: grade.credit,
        points: grade.credit * task.points,
        feedback: grade.feedback,
        attemptsLeft: task.attempts === undefined ? null : task.attempts - mine.length - 1,
      };
    },
  );

  app.post<{ Params: Static<typeof TaskParams> }>(
    '/api/teams/:teamId/tasks/:taskId/hints',
    {
      schema: {
        tags: ['trainee'],
        summary:
          'Ask for the next hint of a task (granted at once under the automatic hint policy, else by the instructor)',
        params: TaskParams,
        response: {
          201: Type.Object({
            id: Type.String(),
            index: Type.Integer(),
            status: Type.String({
              description: 'requested, or granted under the automatic policy',
            }),
            penalty: Type.Integer(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { team, exercise } = await teamAccess(ctx, request, request.params.teamId);
      const task = findTask(exercise, request.params.taskId, exercise.simNow());
      const asked = (await ctx.state.listHints(team.id)).filter((h) => h.taskId === task.id);
      const index = asked.length;
      const hint = task.hints?.[index];
      if (!hint)
        throw errors.conflict(
          'hint.none-left',
          'No more hints for this task.',
          'Work with what you have, or message the instructor.',
        );
      if (asked.some((h) => h.status === 'requested'))
        throw errors.conflict(
          'hint.pending',
          'A hint request for this task is pending.',
          'Wait for the instructor.',
        );
      const automatic = exercise.record.hintPolicy === 'automatic';
      const record = await ctx.state.addHint({
        id: randomUUID(),
        teamId: team.id,
        taskId: task.id,
        hintIndex: index,
        status: automatic ? 'granted' : 'requested',
        penalty: hint.penalty,
        decidedBy: null,
      });
      const frame = {
        type: 'hint' as const,
        teamId: team.id,
        hint: { id: record.id, taskId: task.id, index, status: record.status },
      };
      ctx.hub.publish(rooms.team(team.id), frame);
      ctx.hub.publish(rooms.staff(exercise.record.id), frame);
      if (automatic) await publishScore(exercise, team.id);
      return reply
        .status(201)
        .send({ id: record.id, index, status: record.status, penalty: record.penalty });
    },
  );

  app.get<{ Params: TeamParams }>(
    '/api/teams/:teamId/score',
    {
      schema: {
        tags: ['trainee'],
        summary: "The team's own score by component",
        params: TeamParams,
        response: { 200: ScoreView, ...errorResponses },
      },
    },
    async (request) => {
      const { team, exercise } = await teamAccess(ctx, request, request.params.teamId);
      const score = await teamScore(ctx.runtime.deps.engine, ctx.state, exercise, team.id);
      return presentScore(score);
    },
  );
}
