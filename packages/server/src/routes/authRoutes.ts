import { randomUUID } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import {
  CSRF_COOKIE,
  SESSION_COOKIE,
  SESSION_TTL_MS,
  cookieOptions,
} from '../auth/sessionCookies.js';
import { newToken, sessionIdOf } from '../auth/sessionId.js';
import type { AppContext } from '../http/AppContext.js';
import { errors } from '../http/errors.js';
import { caller, permitted } from '../http/guards.js';
import { presentUser, UserView } from '../presenters/presentUser.js';
import { Name, errorResponses, literals } from '../schemas/common.js';

const Login = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 500 }),
  },
  { additionalProperties: false },
);
const NewUser = Type.Object(
  {
    username: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,63}$' }),
    displayName: Name,
    role: literals(['admin', 'coordinator', 'instructor', 'evaluator', 'trainee']),
    password: Type.String({ minLength: 10, maxLength: 500 }),
  },
  { additionalProperties: false },
);

// A hash to verify against when the user does not exist, so both cases take as long.
const dummyHash = hashPassword(randomUUID());

/** Login, logout, the current user, and user management. */
export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Body: Static<typeof Login> }>(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in: sets the HttpOnly session cookie and the CSRF cookie',
        body: Login,
        response: {
          200: Type.Object({ user: UserView, csrfToken: Type.String() }),
          ...errorResponses,
        },
      },
      config: { rateLimit: { max: ctx.limits.loginPerMinute, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const user = await ctx.state.getUserByUsername(request.body.username);
      const ok = await verifyPassword(
        user?.passwordHash ?? (await dummyHash),
        request.body.password,
      );
      if (!user || !ok) throw errors.badCredentials();
      const token = newToken();
      const csrf = newToken();
      const now = ctx.clock.now();
      await ctx.state.createSession({
        id: sessionIdOf(token),
        userId: user.id,
        csrf,
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + SESSION_TTL_MS).toISOString(),
      });
      void reply.setCookie(SESSION_COOKIE, token, cookieOptions(ctx.secureCookies, true));
      void reply.setCookie(CSRF_COOKIE, csrf, cookieOptions(ctx.secureCookies, false));
      return { user: presentUser(user), csrfToken: csrf };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log out (ends the session)',
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const c = await caller(ctx, request);
      await ctx.state.deleteSession(c.session.id);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The current user and their teams',
        response: {
          200: Type.Object({
            user: UserView,
            teams: Type.Array(
              Type.Object({
                exerciseId: Type.String(),
                teamId: Type.String(),
                name: Type.String(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const c = await caller(ctx, request);
      const teams = await ctx.state.teamsOfUser(c.user.id);
      return {
        user: presentUser(c.user),
        teams: teams.map((t) => ({ exerciseId: t.exerciseId, teamId: t.id, name: t.name })),
      };
    },
  );

  app.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Every account (admins, coordinators)',
        response: { 200: Type.Array(UserView), ...errorResponses },
      },
    },
    async (request) => {
      await permitted(ctx, request, 'users.manage', 'list users');
      return (await ctx.state.listUsers()).map(presentUser);
    },
  );

  app.post<{ Body: Static<typeof NewUser> }>(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create an account',
        body: NewUser,
        response: { 201: UserView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const c = await permitted(ctx, request, 'users.manage', 'create users');
      if (request.body.role === 'admin' && c.user.role !== 'admin')
        throw errors.forbidden('create administrators');
      if (await ctx.state.getUserByUsername(request.body.username))
        throw errors.conflict(
          'user.exists',
          `User "${request.body.username}" exists.`,
          'Choose another username.',
        );
      const user = await ctx.state.createUser({
        id: randomUUID(),
        username: request.body.username,
        displayName: request.body.displayName,
        role: request.body.role,
        passwordHash: await hashPassword(request.body.password),
        countryId: null,
      });
      await ctx.state.audit({
        userId: c.user.id,
        action: 'user.create',
        exerciseId: null,
        detail: { username: user.username, role: user.role },
      });
      return reply.status(201).send(presentUser(user));
    },
  );
}
