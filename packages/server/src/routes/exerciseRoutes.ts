import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/AppContext.js';
import { errors } from '../http/errors.js';
import { caller, exerciseAccess, permitted } from '../http/guards.js';
import { isStaff } from '../auth/policy.js';
import { ExerciseView, presentExercise } from '../presenters/presentExercise.js';
import type { ExerciseRuntime } from '../runtime/ExerciseRuntime.js';
import { teamMembers } from '../presenters/teamMembers.js';
import type { TeamRecord } from '../state/StateStore.js';
import { SPEED_RANGE, type ClockCommand } from '../runtime/clockCommands.js';
import { ClockView } from '../schemas/frames.js';
import { ExerciseParams, Name, errorResponses, literals } from '../schemas/common.js';
import { clockView } from '../runtime/clockView.js';

const NewExercise = Type.Object(
  {
    name: Name,
    scenario: Type.String({
      pattern: '^[a-z0-9][a-z0-9-]*$',
      maxLength: 64,
      description: 'Scenario id',
    }),
    teams: Type.Array(
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 40 }),
          seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 4294967295 })),
          members: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 50, default: [] }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 100 },
    ),
    speed: Type.Optional(Type.Number({ minimum: SPEED_RANGE.min, maximum: SPEED_RANGE.max })),
    programmeId: Type.Optional(Type.String({ maxLength: 64 })),
    roundId: Type.Optional(Type.String({ maxLength: 64 })),
    hintPolicy: Type.Optional(
      literals(['instructor', 'automatic'], {
        description:
          'Who grants hint requests: the instructor (default), or the server at once (penalty applied)',
      }),
    ),
  },
  { additionalProperties: false },
);

const ClockBody = Type.Union([
  Type.Object(
    { command: literals(['start', 'pause', 'resume', 'end']) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      command: Type.Literal('speed'),
      speed: Type.Number({ minimum: SPEED_RANGE.min, maximum: SPEED_RANGE.max }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      command: Type.Literal('jump'),
      to: Type.Integer({ minimum: 0, description: 'Sim ms to jump ahead to' }),
    },
    { additionalProperties: false },
  ),
]);

const AtBody = Type.Object(
  { simTime: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);

/** Exercises: list, create, show, clock controls, rewind and branch. */
export function exerciseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const membersOf = (teams: readonly TeamRecord[]) => teamMembers(ctx.state, ctx.presence, teams);
  /** A whole exercise as staff see it, with all its teams (after creating or branching it). */
  const presentWhole = async (exercise: ExerciseRuntime) =>
    presentExercise(
      exercise,
      exercise.teamRecords,
      ctx.clock.now(),
      await membersOf(exercise.teamRecords),
    );
  app.get(
    '/api/scenarios',
    {
      schema: {
        tags: ['exercises'],
        summary: 'Scenarios an exercise can be created from (staff)',
        response: {
          200: Type.Array(Type.Object({ id: Type.String(), title: Type.String() })),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      await permitted(ctx, request, 'exercises.create', 'list scenarios');
      return (await ctx.runtime.deps.scenarios.list()).map((s) => ({ id: s.id, title: s.title }));
    },
  );

  app.get(
    '/api/exercises',
    {
      schema: {
        tags: ['exercises'],
        summary: 'Exercises the caller takes part in (staff: all)',
        response: { 200: Type.Array(ExerciseView), ...errorResponses },
      },
    },
    async (request) => {
      const c = await caller(ctx, request);
      const now = ctx.clock.now();
      if (isStaff(c.user.role)) {
        const members = await membersOf(ctx.runtime.all().flatMap((e) => e.teamRecords));
        return ctx.runtime.all().map((e) => presentExercise(e, e.teamRecords, now, members));
      }
      const own = await ctx.state.teamsOfUser(c.user.id);
      const members = await membersOf(own);
      return ctx.runtime
        .all()
        .filter((e) => own.some((t) => t.exerciseId === e.record.id))
        .map((e) =>
          presentExercise(
            e,
            own.filter((t) => t.exerciseId === e.record.id),
            now,
            members,
          ),
        );
    },
  );

  app.post<{ Body: Static<typeof NewExercise> }>(
    '/api/exercises',
    {
      schema: {
        tags: ['exercises'],
        summary: 'Create an exercise for a set of teams (each its own seeded world)',
        body: NewExercise,
        response: { 201: ExerciseView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const c = await permitted(ctx, request, 'exercises.create', 'create exercises');
      const entry = (await ctx.runtime.deps.scenarios.list()).find(
        (s) => s.id === request.body.scenario,
      );
      if (!entry) throw errors.notFound('scenario', request.body.scenario);
      const names = new Set(request.body.teams.map((t) => t.name));
      if (names.size !== request.body.teams.length)
        throw errors.invalidRequest('body/teams: team names must be unique.');
      const teams = [];
      for (const t of request.body.teams) {
        const members: string[] = [];
        for (const username of t.members) {
          const user = await ctx.state.getUserByUsername(username);
          if (!user)
            throw errors.unprocessable(
              'user.not-found',
              `No user "${username}" (team ${t.name}).`,
              'Create the account first.',
            );
          members.push(user.id);
        }
        teams.push({ name: t.name, members, ...(t.seed === undefined ? {} : { seed: t.seed }) });
      }
      const exercise = await ctx.runtime.create(
        {
          name: request.body.name,
          scenarioPath: entry.path,
          teams,
          programmeId: request.body.programmeId ?? null,
          roundId: request.body.roundId ?? null,
          ...(request.body.speed === undefined ? {} : { speed: request.body.speed }),
          ...(request.body.hintPolicy === undefined ? {} : { hintPolicy: request.body.hintPolicy }),
        },
        c.user.id,
      );
      return reply.status(201).send(await presentWhole(exercise));
    },
  );

  app.get<{ Params: Static<typeof ExerciseParams> }>(
    '/api/exercises/:exerciseId',
    {
      schema: {
        tags: ['exercises'],
        summary: 'One exercise (trainees see only their team)',
        params: ExerciseParams,
        response: { 200: ExerciseView, ...errorResponses },
      },
    },
    async (request) => {
      const { exercise, staff, ownTeams } = await exerciseAccess(
        ctx,
        request,
        request.params.exerciseId,
      );
      const teams = staff ? exercise.teamRecords : ownTeams;
      return presentExercise(exercise, teams, ctx.clock.now(), await membersOf(teams));
    },
  );

  app.post<{ Params: Static<typeof ExerciseParams>; Body: Static<typeof ClockBody> }>(
    '/api/exercises/:exerciseId/clock',
    {
      schema: {
        tags: ['clock'],
        summary: 'Start, pause, resume, speed ×1–×60, jump ahead, end',
        params: ExerciseParams,
        body: ClockBody,
        response: { 200: ClockView, ...errorResponses },
      },
    },
    async (request) => {
      const c = await permitted(ctx, request, 'exercises.control', 'control the clock');
      const exercise = ctx.runtime.get(request.params.exerciseId);
      const body = request.body;
      const command: ClockCommand =
        body.command === 'speed'
          ? { kind: 'speed', speed: body.speed }
          : body.command === 'jump'
            ? { kind: 'jump', to: body.to }
            : { kind: body.command };
      const clock = await exercise.control(command, c.user.id);
      return clockView(clock, ctx.clock.now(), exercise.scenario.start, exercise.length);
    },
  );

  app.post<{ Params: Static<typeof ExerciseParams>; Body: Static<typeof AtBody> }>(
    '/api/exercises/:exerciseId/rewind',
    {
      schema: {
        tags: ['clock'],
        summary: 'Rewind to an earlier sim time (instructors); later actions leave the log',
        params: ExerciseParams,
        body: AtBody,
        response: { 200: ClockView, ...errorResponses },
      },
    },
    async (request) => {
      const c = await permitted(ctx, request, 'exercises.rewind', 'rewind exercises');
      const exercise = ctx.runtime.get(request.params.exerciseId);
      await exercise.rewind(request.body.simTime, c.user.id);
      return clockView(
        exercise.record.clock,
        ctx.clock.now(),
        exercise.scenario.start,
        exercise.length,
      );
    },
  );

  app.post<{ Params: Static<typeof ExerciseParams>; Body: Static<typeof AtBody> }>(
    '/api/exercises/:exerciseId/branch',
    {
      schema: {
        tags: ['clock'],
        summary: 'Branch a new exercise at an earlier sim time (instructors)',
        params: ExerciseParams,
        body: AtBody,
        response: { 201: ExerciseView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const c = await permitted(ctx, request, 'exercises.rewind', 'branch exercises');
      const branch = await ctx.runtime.branch(
        request.params.exerciseId,
        request.body.simTime,
        c.user.id,
      );
      return reply.status(201).send(await presentWhole(branch));
    },
  );
}
