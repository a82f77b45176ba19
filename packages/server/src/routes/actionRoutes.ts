import type { Observation } from '@kunren/engine';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/AppContext.js';
import { errors } from '../http/errors.js';
import { teamAccess } from '../http/guards.js';
import { AssetsView, presentAssets } from '../presenters/presentAssets.js';
import { errorResponses } from '../schemas/common.js';
import { isResponseAction } from '../runtime/sendNowAction.js';
import { TeamParams } from './teamParams.js';

const ActionBody = Type.Object(
  {
    action: Type.String({
      pattern: '^[a-z0-9][a-z0-9-]*$',
      maxLength: 64,
      description: 'A response action id of the scenario',
    }),
    target: Type.String({
      minLength: 1,
      maxLength: 500,
      description: 'Host, IP, domain, user, process, file, persistence or party',
    }),
  },
  { additionalProperties: false },
);
const ActionView = Type.Object({
  seq: Type.Integer(),
  simTime: Type.Integer(),
  action: Type.String(),
  target: Type.String(),
});
const Localized = Type.Record(Type.String(), Type.String());
const ResponseActionView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  name: Localized,
  description: Localized,
  target: Type.String(),
  executionTime: Type.String(),
  cost: Type.Number(),
});

/** Response actions, the assets and evidence the team can observe. */
export function actionRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: TeamParams }>(
    '/api/teams/:teamId/response-actions',
    {
      schema: {
        tags: ['trainee'],
        summary: 'The response actions the team may take',
        params: TeamParams,
        response: { 200: Type.Array(ResponseActionView), ...errorResponses },
      },
    },
    async (request) => {
      const { exercise } = await teamAccess(ctx, request, request.params.teamId);
      return exercise.scenario.responseActions.map(
        ({ id, kind, name, description, target, executionTime, cost }) => ({
          id,
          kind,
          name,
          description,
          target,
          executionTime,
          cost,
        }),
      );
    },
  );

  app.get<{ Params: TeamParams }>(
    '/api/teams/:teamId/actions',
    {
      schema: {
        tags: ['trainee'],
        summary: "The team's action log",
        params: TeamParams,
        response: { 200: Type.Array(ActionView), ...errorResponses },
      },
    },
    async (request) => {
      const { team } = await teamAccess(ctx, request, request.params.teamId);
      return (await ctx.state.listActions(team.id)).filter(isResponseAction).map((a) => ({
        seq: a.seq,
        simTime: a.at,
        action: a.action,
        target: a.target,
      }));
    },
  );

  app.post<{ Params: TeamParams; Body: Static<typeof ActionBody> }>(
    '/api/teams/:teamId/actions',
    {
      schema: {
        tags: ['trainee'],
        summary: 'Take a response action now (acknowledged once durable)',
        params: TeamParams,
        body: ActionBody,
        response: { 201: ActionView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { team, exercise, caller, staff } = await teamAccess(
        ctx,
        request,
        request.params.teamId,
      );
      if (staff) throw errors.forbidden('take response actions for a team');
      const r = await exercise.act(
        team.id,
        request.body.action,
        request.body.target,
        caller.user.id,
      );
      return reply
        .status(201)
        .send({ seq: r.seq, simTime: r.at, action: r.action, target: r.target });
    },
  );

  app.get<{ Params: TeamParams }>(
    '/api/teams/:teamId/assets',
    {
      schema: {
        tags: ['trainee'],
        summary:
          'Hosts, users (with counts per department) and business services (up, degraded or down) as the team can observe them',
        params: TeamParams,
        response: { 200: AssetsView, ...errorResponses },
      },
    },
    async (request) => {
      const { team, exercise } = await teamAccess(ctx, request, request.params.teamId);
      const observed = exercise.team(team.id).world.observe() as Observation;
      return presentAssets(exercise.scenario, observed);
    },
  );

  app.get<{ Params: TeamParams }>(
    '/api/teams/:teamId/evidence',
    {
      schema: {
        tags: ['trainee'],
        summary: 'Evidence from collection actions',
        params: TeamParams,
      },
    },
    async (request) => {
      const { team, exercise } = await teamAccess(ctx, request, request.params.teamId);
      const observed = exercise.team(team.id).world.observe() as { evidence?: unknown };
      return observed?.evidence ?? [];
    },
  );
}
