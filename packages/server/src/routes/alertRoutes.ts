import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/AppContext.js';
import { errors } from '../http/errors.js';
import { teamAccess } from '../http/guards.js';
import { rooms } from '../live/rooms.js';
import { presentAlerts } from '../presenters/presentAlerts.js';
import { errorResponses, literals, Uuid } from '../schemas/common.js';
import { AlertView } from '../schemas/frames.js';
import { TeamParams } from './teamParams.js';

const AlertParams = Type.Object(
  { teamId: Uuid, alertId: Type.String({ minLength: 1, maxLength: 300 }) },
  { additionalProperties: false },
);
const TriageBody = Type.Object(
  {
    state: literals(['new', 'investigating', 'true-positive', 'false-positive', 'closed']),
    assignee: Type.Optional(
      Type.Union([Type.String({ maxLength: 64 }), Type.Null()], {
        description: 'Username of a team member, or null',
      }),
    ),
  },
  { additionalProperties: false },
);

/** The alert queue from the built-in Sigma rules, with triage state and assignee. */
export function alertRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: TeamParams }>(
    '/api/teams/:teamId/alerts',
    {
      schema: {
        tags: ['trainee'],
        summary: 'The alert queue',
        params: TeamParams,
        response: { 200: Type.Array(AlertView), ...errorResponses },
      },
    },
    async (request) => {
      const { team, exercise } = await teamAccess(ctx, request, request.params.teamId);
      return presentAlerts(exercise.team(team.id), await ctx.state.listTriage(team.id));
    },
  );

  app.patch<{ Params: Static<typeof AlertParams>; Body: Static<typeof TriageBody> }>(
    '/api/teams/:teamId/alerts/:alertId',
    {
      schema: {
        tags: ['trainee'],
        summary: 'Triage an alert',
        params: AlertParams,
        body: TriageBody,
        response: { 200: AlertView, ...errorResponses },
      },
    },
    async (request) => {
      const { team, exercise } = await teamAccess(ctx, request, request.params.teamId);
      const runtime = exercise.team(team.id);
      if (!runtime.alerts.has(request.params.alertId))
        throw errors.notFound('alert', request.params.alertId);
      let assignee: string | null = null;
      if (request.body.assignee) {
        const user = await ctx.state.getUserByUsername(request.body.assignee);
        const members = await ctx.state.listMembers(team.id);
        if (!user || !members.includes(user.id))
          throw errors.unprocessable(
            'alert.assignee',
            `"${request.body.assignee}" is not in this team.`,
            'Assign to a member of the team.',
          );
        assignee = user.username;
      }
      await ctx.state.setTriage({
        teamId: team.id,
        alertId: request.params.alertId,
        state: request.body.state,
        assignee,
      });
      runtime.lastActivity = new Date(ctx.clock.now()).toISOString();
      const view = presentAlerts(runtime, await ctx.state.listTriage(team.id)).find(
        (a) => a.id === request.params.alertId,
      )!;
      ctx.hub.publish(rooms.team(team.id), { type: 'alert', teamId: team.id, alert: view });
      return view;
    },
  );
}
