import { randomUUID } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { can } from '../auth/policy.js';
import type { AppContext } from '../http/AppContext.js';
import { errors } from '../http/errors.js';
import { teamAccess } from '../http/guards.js';
import { rooms } from '../live/rooms.js';
import { scriptedReply } from '../presenters/scriptedReply.js';
import { presentMessage, presentMessages } from '../presenters/presentMessages.js';
import { errorResponses, Name, Text } from '../schemas/common.js';
import { MessageView } from '../schemas/frames.js';
import type { MessageRecord } from '../state/StateStore.js';
import { TeamParams } from './teamParams.js';

const MessageBody = Type.Object(
  {
    counterpart: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64 }),
    subject: Name,
    body: Text,
  },
  { additionalProperties: false },
);
const CounterpartView = Type.Object({
  id: Type.String(),
  role: Type.String(),
  name: Type.Record(Type.String(), Type.String()),
  organisation: Type.Record(Type.String(), Type.String()),
});

/** Messages between a team and the counterparts (scripted replies, or the instructor playing them). */
export function messageRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: TeamParams }>(
    '/api/teams/:teamId/counterparts',
    {
      schema: {
        tags: ['trainee'],
        summary: 'Who the team can write to',
        params: TeamParams,
        response: { 200: Type.Array(CounterpartView), ...errorResponses },
      },
    },
    async (request) => {
      const { exercise } = await teamAccess(ctx, request, request.params.teamId);
      return exercise.scenario.counterparts.map(({ id, role, name, organisation }) => ({
        id,
        role,
        name,
        organisation,
      }));
    },
  );

  app.get<{ Params: TeamParams }>(
    '/api/teams/:teamId/messages',
    {
      schema: {
        tags: ['trainee'],
        summary: 'Injects and messages, oldest first',
        params: TeamParams,
        response: { 200: Type.Array(MessageView), ...errorResponses },
      },
    },
    async (request) => {
      const { team, exercise } = await teamAccess(ctx, request, request.params.teamId);
      return presentMessages(
        exercise,
        exercise.team(team.id),
        await ctx.state.listMessages(team.id),
      );
    },
  );

  app.post<{ Params: TeamParams; Body: Static<typeof MessageBody> }>(
    '/api/teams/:teamId/messages',
    {
      schema: {
        tags: ['trainee'],
        summary: 'Write to a counterpart (staff: answer as the counterpart)',
        params: TeamParams,
        body: MessageBody,
        response: { 201: Type.Array(MessageView), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { team, exercise, staff, caller } = await teamAccess(
        ctx,
        request,
        request.params.teamId,
      );
      const counterpart = exercise.scenario.counterparts.find(
        (c) => c.id === request.body.counterpart,
      );
      if (!counterpart) throw errors.notFound('counterpart', request.body.counterpart);
      if (staff && !can(caller.user.role, 'counterparts.play'))
        throw errors.forbidden('play counterparts');
      const simAt = exercise.simNow();
      const written: MessageRecord[] = [];
      written.push(
        await ctx.state.addMessage({
          id: randomUUID(),
          teamId: team.id,
          kind: staff ? 'counterpart' : 'team',
          counterpartId: counterpart.id,
          authorId: caller.user.id,
          subject: request.body.subject,
          body: request.body.body,
          simAt,
        }),
      );
      if (staff)
        await ctx.state.audit({
          userId: caller.user.id,
          action: 'message.as-counterpart',
          exerciseId: exercise.record.id,
          detail: { teamId: team.id, counterpart: counterpart.id },
        });
      else {
        const text = `${request.body.subject} ${request.body.body}`.toLowerCase();
        const scripted =
          counterpart.replies?.find((r) => r.keywords.some((k) => text.includes(k.toLowerCase())))
            ?.reply ?? counterpart.defaultReply;
        if (scripted)
          written.push(
            await ctx.state.addMessage({
              id: randomUUID(),
              teamId: team.id,
              kind: 'counterpart',
              counterpartId: counterpart.id,
              authorId: null,
              ...scriptedReply(exercise.team(team.id), `Re: ${request.body.subject}`, scripted),
              simAt,
            }),
          );
        exercise.team(team.id).lastActivity = new Date(ctx.clock.now()).toISOString();
      }
      const views = written.map(presentMessage);
      for (const message of views)
        ctx.hub.publish(rooms.team(team.id), { type: 'message', teamId: team.id, message });
      if (!staff)
        ctx.hub.publish(rooms.staff(exercise.record.id), {
          type: 'message',
          teamId: team.id,
          message: views[0]!,
        });
      return reply.status(201).send(views);
    },
  );
}
