import { randomUUID } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/AppContext.js';
import { ApiError } from '../http/ApiError.js';
import { errors } from '../http/errors.js';
import { teamAccess } from '../http/guards.js';
import { isoAt } from '../runtime/simTime.js';
import { errorResponses } from '../schemas/common.js';
import { TeamParams } from './teamParams.js';

const HuntBody = Type.Object(
  {
    query: Type.String({
      minLength: 1,
      maxLength: 20_000,
      description: 'A hunting-language query',
    }),
    from: Type.Optional(
      Type.String({ format: 'date-time', description: 'Start (ISO); default scenario start' }),
    ),
    to: Type.Optional(
      Type.String({
        format: 'date-time',
        description: 'End (ISO); capped at the current sim time',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
  },
  { additionalProperties: false },
);

const HuntResult = Type.Object({
  columns: Type.Array(Type.Object({ name: Type.String(), type: Type.String() })),
  rows: Type.Array(Type.Record(Type.String(), Type.Unknown())),
  truncated: Type.Boolean(),
  rawEvents: Type.Boolean(),
  range: Type.Object({ from: Type.String(), to: Type.String() }),
});

/** Hunting over the team's own telemetry, up to the current sim time, bounded. */
export function huntRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Params: TeamParams; Body: Static<typeof HuntBody> }>(
    '/api/teams/:teamId/hunt',
    {
      schema: {
        tags: ['trainee'],
        summary: "Run a hunting query over the team's telemetry up to now",
        params: TeamParams,
        body: HuntBody,
        response: { 200: HuntResult, ...errorResponses },
      },
    },
    async (request) => {
      const { caller, team, exercise } = await teamAccess(ctx, request, request.params.teamId);
      const parsed = ctx.parseQuery(request.body.query);
      const simAt = exercise.team(team.id).world.now;
      if (!parsed.ok) {
        const { id, message, span, hint } = parsed.error;
        await ctx.state.logQuery({
          id: randomUUID(),
          teamId: team.id,
          userId: caller.user.id,
          query: request.body.query,
          simAt,
          rows: 0,
          error: id,
        });
        throw new ApiError(
          id,
          400,
          `${message} (at ${span.start}–${span.end})`,
          hint ?? 'Check the query syntax in the hunting guide.',
        );
      }
      // Events reach the store in batches, like a SIEM's ingest delay: a running clock shows
      // what is stored (seconds behind); a paused or jumped clock flushes first.
      const runtime = exercise.team(team.id);
      if (
        exercise.record.clock.status !== 'running' ||
        simAt - runtime.storedUntil > 60_000 * exercise.record.clock.speed
      )
        await exercise.flushTeam(team.id);
      const start = exercise.scenario.start;
      const now = isoAt(start, Math.min(simAt, runtime.storedUntil) + 1);
      // Compare instants, never ISO strings (`…00Z` and `…00.000Z` sort differently).
      const nowMs = Date.parse(now);
      const fromMs = request.body.from ? Date.parse(request.body.from) : Date.parse(start);
      const toMs = request.body.to ? Math.min(Date.parse(request.body.to), nowMs) : nowMs;
      if (Number.isNaN(fromMs) || Number.isNaN(toMs))
        throw errors.invalidRequest('body/from and body/to must be ISO 8601 times.');
      if (fromMs > toMs)
        throw errors.invalidRequest(
          `body/from is after the end of the range (${new Date(toMs).toISOString()}).`,
        );
      const from = new Date(fromMs).toISOString();
      const to = new Date(toMs).toISOString();
      try {
        const result = await ctx.runtime.deps.telemetry.query(
          { exerciseId: exercise.record.id, teamId: team.id },
          parsed.query,
          {
            from,
            to,
            maxRows: Math.min(request.body.limit ?? ctx.limits.huntMaxRows, ctx.limits.huntMaxRows),
            timeoutMs: ctx.limits.huntTimeoutMs,
          },
        );
        await ctx.state.logQuery({
          id: randomUUID(),
          teamId: team.id,
          userId: caller.user.id,
          query: request.body.query,
          simAt,
          rows: result.rows.length,
          error: null,
        });
        exercise.team(team.id).lastActivity = new Date(ctx.clock.now()).toISOString();
        return { ...result, range: { from, to } };
      } catch (err) {
        const e = err as { id?: unknown; message?: string; fix?: string };
        if (typeof e.id === 'string') {
          await ctx.state.logQuery({
            id: randomUUID(),
            teamId: team.id,
            userId: caller.user.id,
            query: request.body.query,
            simAt,
            rows: 0,
            error: e.id,
          });
          throw new ApiError(
            e.id,
            e.id === 'query.timeout' ? 408 : 400,
            e.message ?? 'The query failed.',
            e.fix ?? 'Narrow the query.',
          );
        }
        throw err;
      }
    },
  );
}
