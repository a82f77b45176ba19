import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { wsRoute } from '../live/wsRoute.js';
import { actionRoutes } from '../routes/actionRoutes.js';
import { alertRoutes } from '../routes/alertRoutes.js';
import { authRoutes } from '../routes/authRoutes.js';
import { exerciseRoutes } from '../routes/exerciseRoutes.js';
import { healthRoutes } from '../routes/healthRoutes.js';
import { hintPolicyRoutes } from '../routes/hintPolicyRoutes.js';
import { huntRoutes } from '../routes/huntRoutes.js';
import { messageRoutes } from '../routes/messageRoutes.js';
import { reportRoutes } from '../routes/reportRoutes.js';
import { shareRoutes } from '../routes/shareRoutes.js';
import { injectRoutes } from '../routes/injectRoutes.js';
import { staffRoutes } from '../routes/staffRoutes.js';
import { taskRoutes } from '../routes/taskRoutes.js';
import type { AppContext } from './AppContext.js';
import { errors } from './errors.js';
import { onError } from './onError.js';
import { webAppRoutes } from './webApp.js';

/** Options of the HTTP app beside its context. */
export interface AppOptions {
  /** Fastify's logger option (pino): `false` in tests. */
  readonly logger: FastifyServerOptions['logger'];
  /** Readiness: false while worlds are being rebuilt at start or during shutdown. */
  readonly ready: () => boolean;
}

/**
 * The HTTP + WebSocket app: thin routes over the runtime and state store, every body
 * validated by its TypeBox schema (unknown properties rejected), errors from one place,
 * OpenAPI at `/api/openapi.json` and `/api/docs`.
 */
export async function buildApp(ctx: AppContext, options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger,
    bodyLimit: 1_048_576,
    routerOptions: { maxParamLength: 200 },
    // Router-level rejections (a too-long or malformed URL) in the same error shape.
    frameworkErrors: (error, _request, reply) => {
      const r = reply as unknown as { status(code: number): { send(body: unknown): unknown } };
      void r.status(error.statusCode && error.statusCode < 500 ? error.statusCode : 400).send({
        error: {
          id: `request.${error.code
            .toLowerCase()
            .replace(/^fst_err_/, '')
            .replace(/_/g, '-')}`,
          message: error.message,
          fix: 'Check the URL.',
        },
      });
    },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  });
  app.setErrorHandler(onError);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({
      error: {
        id: 'route.not-found',
        message: `No route ${request.method} ${request.url.split('?')[0]}.`,
        fix: 'See /api/docs for the routes.',
      },
    });
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_r, c) => errors.rateLimited(Math.ceil(c.ttl / 1000)),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'kunren exercise server',
        version: '0.1.0',
        description: 'Live incident-response drills. WebSocket frames: see docs/api.md.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'kunren_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  healthRoutes(app, options.ready);
  authRoutes(app, ctx);
  exerciseRoutes(app, ctx);
  huntRoutes(app, ctx);
  alertRoutes(app, ctx);
  actionRoutes(app, ctx);
  taskRoutes(app, ctx);
  hintPolicyRoutes(app, ctx);
  messageRoutes(app, ctx);
  reportRoutes(app, ctx);
  shareRoutes(app, ctx);
  staffRoutes(app, ctx);
  injectRoutes(app, ctx);
  wsRoute(app, ctx);
  webAppRoutes(app);
  return app;
}
