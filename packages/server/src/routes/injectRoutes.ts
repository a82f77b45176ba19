import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/AppContext.js';
import { errors } from '../http/errors.js';
import { permitted } from '../http/guards.js';
import { InjectTimelineView, presentInjectTimeline } from '../presenters/presentInjectTimeline.js';
import { sendInjectNow } from '../runtime/sendInjectNow.js';
import { errorResponses, ExerciseParams, Uuid } from '../schemas/common.js';

const InjectParams = Type.Object(
  {
    exerciseId: ExerciseParams.properties.exerciseId,
    injectId: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64 }),
  },
  { additionalProperties: false },
);
const SendNowBody = Type.Object(
  {
    teams: Type.Optional(
      Type.Array(Uuid, { minItems: 1, maxItems: 100, description: 'Default: every team' }),
    ),
  },
  { additionalProperties: false },
);
const SendNowView = Type.Object({
  sent: Type.Array(Type.Object({ teamId: Type.String(), simTime: Type.Integer() })),
  skipped: Type.Array(
    Type.Object({
      teamId: Type.String(),
      reason: Type.String({ description: 'delivered | sent-early' }),
    }),
  ),
});

/** The scheduled inject timeline per team and send-now (the white cell). */
export function injectRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: Static<typeof ExerciseParams> }>(
    '/api/exercises/:exerciseId/injects',
    {
      schema: {
        tags: ['staff'],
        summary:
          "Per team: the scenario's injects (scheduled, delivered, sent early) and the manual ones",
        params: ExerciseParams,
        response: { 200: Type.Array(InjectTimelineView), ...errorResponses },
      },
    },
    async (request) => {
      await permitted(ctx, request, 'exercises.observe', 'see the inject timeline');
      const exercise = ctx.runtime.get(request.params.exerciseId);
      const out = [];
      for (const t of exercise.teamRecords)
        out.push(presentInjectTimeline(exercise, t.id, await ctx.state.listMessages(t.id)));
      return out;
    },
  );

  app.post<{ Params: Static<typeof InjectParams>; Body: Static<typeof SendNowBody> }>(
    '/api/exercises/:exerciseId/injects/:injectId/send-now',
    {
      schema: {
        tags: ['staff'],
        summary:
          'Deliver a scheduled inject now to some or all teams (its scheduled delivery then does not repeat it)',
        params: InjectParams,
        body: SendNowBody,
        response: { 201: SendNowView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const c = await permitted(ctx, request, 'injects.send', 'send injects');
      const exercise = ctx.runtime.get(request.params.exerciseId);
      const teams = request.body?.teams ?? exercise.teamRecords.map((t) => t.id);
      const result = await sendInjectNow(ctx, exercise, request.params.injectId, teams, c.user.id);
      if (result.sent.length > 0)
        await ctx.state.audit({
          userId: c.user.id,
          action: 'inject.send-now',
          exerciseId: exercise.record.id,
          detail: { inject: request.params.injectId, ...result },
        });
      else
        throw errors.conflict(
          'inject.already-delivered',
          `Inject "${request.params.injectId}" has already reached every team asked for.`,
          'Nothing to send; see the inject timeline for when each team got it.',
        );
      return reply.status(201).send(result);
    },
  );
}
