import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/AppContext.js';
import { permitted } from '../http/guards.js';
import { ExerciseParams, errorResponses, literals } from '../schemas/common.js';

const PolicyBody = Type.Object(
  { policy: literals(['instructor', 'automatic']) },
  { additionalProperties: false },
);

/** The exercise's hint policy: who grants hint requests (persisted, audited). */
export function hintPolicyRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.put<{ Params: Static<typeof ExerciseParams>; Body: Static<typeof PolicyBody> }>(
    '/api/exercises/:exerciseId/hint-policy',
    {
      schema: {
        tags: ['staff'],
        summary:
          'Set who grants hint requests: the instructor, or the server at once (automatic; penalty applied)',
        params: ExerciseParams,
        body: PolicyBody,
        response: { 200: Type.Object({ policy: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      const c = await permitted(ctx, request, 'hints.decide', 'change the hint policy');
      const exercise = ctx.runtime.get(request.params.exerciseId);
      const { policy } = request.body;
      await ctx.state.setHintPolicy(exercise.record.id, policy);
      exercise.record = { ...exercise.record, hintPolicy: policy };
      await ctx.state.audit({
        userId: c.user.id,
        action: 'hints.policy',
        exerciseId: exercise.record.id,
        detail: { policy },
      });
      return { policy };
    },
  );
}
