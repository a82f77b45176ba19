import { randomUUID } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/AppContext.js';
import { errors } from '../http/errors.js';
import { teamAccess } from '../http/guards.js';
import { rooms } from '../live/rooms.js';
import { isoAt } from '../runtime/simTime.js';
import { errorResponses, literals } from '../schemas/common.js';
import { buildBundle } from '../stix/buildBundle.js';
import { TeamParams } from './teamParams.js';

const ShareBody = Type.Object(
  {
    indicators: Type.Array(
      Type.Object(
        {
          kind: literals(['ipv4', 'domain', 'url', 'sha256', 'md5', 'email', 'filename']),
          value: Type.String({ minLength: 1, maxLength: 2000 }),
          description: Type.Optional(Type.String({ maxLength: 2000 })),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 200 },
    ),
    tlp: literals(['clear', 'green', 'amber', 'amber+strict', 'red']),
  },
  { additionalProperties: false },
);
const ShareView = Type.Object({
  id: Type.String(),
  direction: literals(['sent', 'received']),
  sharedAt: Type.String(),
  bundle: Type.Unknown(),
});

const patterns: Record<string, RegExp> = {
  ipv4: /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
  domain: /^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/i,
  url: /^https?:\/\/\S+$/i,
  sha256: /^[a-f0-9]{64}$/i,
  md5: /^[a-f0-9]{32}$/i,
  email: /^[^@\s]+@[^@\s]+$/,
  filename: /^[^\0]+$/,
};

/** Indicator sharing between partner teams as STIX 2.1 bundles with TLP 2.0 markings. */
export function shareRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Params: TeamParams; Body: Static<typeof ShareBody> }>(
    '/api/teams/:teamId/shares',
    {
      schema: {
        tags: ['trainee'],
        summary: 'Share indicators with the partner teams (STIX 2.1, TLP 2.0)',
        params: TeamParams,
        body: ShareBody,
        response: { 201: ShareView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { team, exercise, staff } = await teamAccess(ctx, request, request.params.teamId);
      if (staff) throw errors.forbidden('share indicators for a team');
      request.body.indicators.forEach((i, n) => {
        if (!patterns[i.kind]!.test(i.value))
          throw errors.invalidRequest(
            `body/indicators/${n}/value is not a valid ${i.kind}: "${i.value.slice(0, 80)}".`,
          );
      });
      const at = isoAt(exercise.scenario.start, exercise.simNow());
      const bundle = buildBundle(request.body.indicators, request.body.tlp, 'Partner CERT', at);
      const others = exercise.teamRecords.filter((t) => t.id !== team.id).map((t) => t.id);
      const record = await ctx.state.addShare({
        id: randomUUID(),
        exerciseId: exercise.record.id,
        fromTeamId: team.id,
        toTeamIds: others,
        bundle,
      });
      for (const to of others)
        ctx.hub.publish(rooms.team(to), {
          type: 'share',
          exerciseId: exercise.record.id,
          shareId: record.id,
          fromTeam: 'partner',
        });
      return reply
        .status(201)
        .send({ id: record.id, direction: 'sent', sharedAt: record.createdAt, bundle });
    },
  );

  app.get<{ Params: TeamParams }>(
    '/api/teams/:teamId/shares',
    {
      schema: {
        tags: ['trainee'],
        summary: 'Bundles the team sent and received',
        params: TeamParams,
        response: { 200: Type.Array(ShareView), ...errorResponses },
      },
    },
    async (request) => {
      const { team, exercise } = await teamAccess(ctx, request, request.params.teamId);
      return (await ctx.state.listShares(exercise.record.id))
        .filter((s) => s.fromTeamId === team.id || s.toTeamIds.includes(team.id))
        .map((s) => ({
          id: s.id,
          direction: s.fromTeamId === team.id ? ('sent' as const) : ('received' as const),
          sharedAt: s.createdAt,
          bundle: s.bundle,
        }));
    },
  );
}
