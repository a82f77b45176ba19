import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';

/** `/healthz` (the process answers) and `/readyz` (worlds rebuilt, not shutting down). */
export function healthRoutes(app: FastifyInstance, ready: () => boolean): void {
  app.get(
    '/healthz',
    {
      schema: { tags: ['health'], response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        response: {
          200: Type.Object({ status: Type.String() }),
          503: Type.Object({ status: Type.String() }),
        },
      },
    },
    async (_request, reply) =>
      ready() ? { status: 'ready' } : reply.status(503).send({ status: 'starting or stopping' }),
  );
}
