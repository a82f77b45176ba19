import { randomUUID } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { isStaff } from '../auth/policy.js';
import type { AppContext } from '../http/AppContext.js';
import { errors } from '../http/errors.js';
import { exerciseAccess, permitted, teamAccess } from '../http/guards.js';
import { rooms } from '../live/rooms.js';
import { exerciseOverview } from '../presenters/exerciseOverview.js';
import { TeamOverview } from '../schemas/teamOverview.js';
import type { ExerciseRuntime } from '../runtime/ExerciseRuntime.js';
import { teamScore } from '../runtime/teamScore.js';
import { ExerciseParams, errorResponses, literals, Name, Text, Uuid } from '../schemas/common.js';
import { TeamParams } from './teamParams.js';

const ScoreboardBody = Type.Object(
  { mode: literals(['visible', 'hidden', 'frozen']) },
  { additionalProperties: false },
);
const ScoreboardView = Type.Object({
  mode: Type.String(),
  entries: Type.Array(
    Type.Object({
      rank: Type.Integer(),
      team: Type.Union([Type.String(), Type.Null()]),
      own: Type.Boolean(),
      total: Type.Number(),
    }),
  ),
});
const InjectBody = Type.Object(
  {
    teams: Type.Optional(
      Type.Array(Uuid, { minItems: 1, maxItems: 100, description: 'Default: every team' }),
    ),
    from: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64 }),
    subject: Name,
    body: Text,
    severity: Type.Optional(literals(['info', 'warning', 'urgent'])),
  },
  { additionalProperties: false },
);
const HintParams = Type.Object({ hintId: Uuid }, { additionalProperties: false });
const HintDecision = Type.Object(
  { decision: literals(['granted', 'denied']) },
  { additionalProperties: false },
);
const QueryView = Type.Object({
  query: Type.String(),
  userId: Type.String(),
  simTime: Type.Integer(),
  rows: Type.Integer(),
  error: Type.Union([Type.String(), Type.Null()]),
  at: Type.String(),
});

async function scores(ctx: AppContext, exercise: ExerciseRuntime) {
  const out: { teamId: string; name: string; total: number }[] = [];
  for (const t of exercise.teamRecords)
    out.push({
      teamId: t.id,
      name: t.name,
      total: (await teamScore(ctx.runtime.deps.engine, ctx.state, exercise, t.id)).total,
    });
  return out.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}

/** The white cell: live board, scoreboard, manual injects, hints, queries, ground truth, audit. */
export function staffRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: Static<typeof ExerciseParams> }>(
    '/api/exercises/:exerciseId/overview',
    {
      schema: {
        tags: ['staff'],
        summary:
          'Every team live: stage reached vs detected vs contained, score, open alerts, last activity',
        params: ExerciseParams,
        response: { 200: Type.Array(TeamOverview), ...errorResponses },
      },
    },
    async (request) => {
      await permitted(ctx, request, 'exercises.observe', 'watch every team');
      const exercise = ctx.runtime.get(request.params.exerciseId);
      return exerciseOverview(ctx.runtime.deps.engine, ctx.state, exercise);
    },
  );

  app.get<{ Params: Static<typeof ExerciseParams> }>(
    '/api/exercises/:exerciseId/scoreboard',
    {
      schema: {
        tags: ['exercises'],
        summary:
          'The scoreboard (trainees: ranks, own team named; hidden: empty; frozen: as frozen)',
        params: ExerciseParams,
        response: { 200: ScoreboardView, ...errorResponses },
      },
    },
    async (request) => {
      const { exercise, staff, ownTeams } = await exerciseAccess(
        ctx,
        request,
        request.params.exerciseId,
      );
      const mode = exercise.record.scoreboard;
      const live = await scores(ctx, exercise);
      const board =
        !staff && mode === 'frozen'
          ? ((exercise.record.frozenScores as typeof live | null) ?? live)
          : live;
      if (!staff && mode === 'hidden') return { mode, entries: [] };
      const own = new Set(ownTeams.map((t) => t.id));
      return {
        mode,
        entries: board.map((e, i) => ({
          rank: i + 1,
          team: staff || own.has(e.teamId) ? e.name : null,
          own: own.has(e.teamId),
          total: e.total,
        })),
      };
    },
  );

  app.put<{ Params: Static<typeof ExerciseParams>; Body: Static<typeof ScoreboardBody> }>(
    '/api/exercises/:exerciseId/scoreboard',
    {
      schema: {
        tags: ['staff'],
        summary: 'Show, hide or freeze the scoreboard',
        params: ExerciseParams,
        body: ScoreboardBody,
        response: { 200: Type.Object({ mode: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      const c = await permitted(ctx, request, 'scoreboard.manage', 'change the scoreboard');
      const exercise = ctx.runtime.get(request.params.exerciseId);
      const frozen = request.body.mode === 'frozen' ? await scores(ctx, exercise) : null;
      await ctx.state.setScoreboard(exercise.record.id, request.body.mode, frozen);
      exercise.record = { ...exercise.record, scoreboard: request.body.mode, frozenScores: frozen };
      await ctx.state.audit({
        userId: c.user.id,
        action: 'scoreboard.set',
        exerciseId: exercise.record.id,
        detail: request.body,
      });
      return { mode: request.body.mode };
    },
  );

  app.post<{ Params: Static<typeof ExerciseParams>; Body: Static<typeof InjectBody> }>(
    '/api/exercises/:exerciseId/injects',
    {
      schema: {
        tags: ['staff'],
        summary: 'Send a manual inject to some or all teams',
        params: ExerciseParams,
        body: InjectBody,
        response: { 201: Type.Object({ delivered: Type.Integer() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const c = await permitted(ctx, request, 'injects.send', 'send injects');
      const exercise = ctx.runtime.get(request.params.exerciseId);
      if (!exercise.scenario.counterparts.some((p) => p.id === request.body.from))
        throw errors.notFound('counterpart', request.body.from);
      const targets = request.body.teams ?? exercise.teamRecords.map((t) => t.id);
      for (const id of targets) if (!exercise.teams.has(id)) throw errors.notFound('team', id);
      const simAt = exercise.simNow();
      for (const teamId of targets) {
        const m = await ctx.state.addMessage({
          id: randomUUID(),
          teamId,
          kind: 'inject',
          counterpartId: request.body.from,
          authorId: c.user.id,
          subject: request.body.subject,
          body: request.body.body,
          simAt,
        });
        ctx.hub.publish(rooms.team(teamId), {
          type: 'message',
          teamId,
          message: {
            id: m.id,
            kind: 'inject',
            counterpart: m.counterpartId,
            subject: m.subject,
            body: m.body,
            simTime: simAt,
            ...(request.body.severity ? { severity: request.body.severity } : {}),
          },
        });
      }
      await ctx.state.audit({
        userId: c.user.id,
        action: 'inject.send',
        exerciseId: exercise.record.id,
        detail: { teams: targets, subject: request.body.subject },
      });
      return reply.status(201).send({ delivered: targets.length });
    },
  );

  app.post<{ Params: Static<typeof HintParams>; Body: Static<typeof HintDecision> }>(
    '/api/hints/:hintId',
    {
      schema: {
        tags: ['staff'],
        summary: 'Grant or deny a requested hint',
        params: HintParams,
        body: HintDecision,
        response: {
          200: Type.Object({ id: Type.String(), status: Type.String() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const c = await permitted(ctx, request, 'hints.decide', 'grant hints');
      const hint = await ctx.state.decideHint(
        request.params.hintId,
        request.body.decision,
        c.user.id,
      );
      if (!hint) throw errors.notFound('hint', request.params.hintId);
      const team = await ctx.state.getTeam(hint.teamId);
      await ctx.state.audit({
        userId: c.user.id,
        action: `hint.${request.body.decision}`,
        exerciseId: team?.exerciseId ?? null,
        detail: { hintId: hint.id },
      });
      ctx.hub.publish(rooms.team(hint.teamId), {
        type: 'hint',
        teamId: hint.teamId,
        hint: { id: hint.id, taskId: hint.taskId, index: hint.hintIndex, status: hint.status },
      });
      return { id: hint.id, status: hint.status };
    },
  );

  app.get<{ Params: TeamParams }>(
    '/api/teams/:teamId/queries',
    {
      schema: {
        tags: ['staff'],
        summary: "A team's latest hunting queries",
        params: TeamParams,
        response: { 200: Type.Array(QueryView), ...errorResponses },
      },
    },
    async (request) => {
      const { team, caller } = await teamAccess(ctx, request, request.params.teamId);
      if (!isStaff(caller.user.role)) throw errors.forbidden("review a team's queries");
      return (await ctx.state.listQueries(team.id, 500)).map((q) => ({
        query: q.query,
        userId: q.userId,
        simTime: q.simAt,
        rows: q.rows,
        error: q.error,
        at: q.createdAt,
      }));
    },
  );

  app.get<{ Params: TeamParams }>(
    '/api/teams/:teamId/truth',
    {
      schema: {
        tags: ['staff'],
        summary: "Ground truth of a team's world (instructors)",
        params: TeamParams,
      },
    },
    async (request) => {
      const { team, exercise, caller } = await teamAccess(ctx, request, request.params.teamId);
      if (!isStaff(caller.user.role) || caller.user.role === 'evaluator')
        throw errors.forbidden('see ground truth');
      const runtime = exercise.team(team.id);
      return { stages: runtime.stages, world: runtime.world.truth() };
    },
  );

  app.get<{ Querystring: { limit?: number } }>(
    '/api/audit',
    {
      schema: {
        tags: ['staff'],
        summary: 'The audit log (administrators)',
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      await permitted(ctx, request, 'audit.read', 'read the audit log');
      return ctx.state.listAudit(request.query.limit ?? 500);
    },
  );
}
