import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import '@fastify/cookie';
import { errors } from '../http/errors.js';
import type { SessionRecord, StateStore, UserRecord } from '../state/StateStore.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './sessionCookies.js';
import { sessionIdOf } from './sessionId.js';

/** The authenticated caller of a request. */
export interface Caller {
  readonly user: UserRecord;
  readonly session: SessionRecord;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Resolves the session cookie to its user, or undefined (expired, unknown, absent). */
export async function sessionCaller(
  state: StateStore,
  cookies: Record<string, string | undefined>,
  now: number,
): Promise<Caller | undefined> {
  const token = cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return undefined;
  const session = await state.getSession(sessionIdOf(token));
  if (!session || Date.parse(session.expiresAt) <= now) return undefined;
  const user = await state.getUser(session.userId);
  return user ? { user, session } : undefined;
}

/**
 * The caller of a request, or a 401. On a state-changing method the `x-csrf-token`
 * header must equal both the CSRF cookie (double submit) and the session's token.
 */
export async function authenticate(
  state: StateStore,
  request: FastifyRequest,
  now: number,
): Promise<Caller> {
  const caller = await sessionCaller(state, request.cookies, now);
  if (!caller) throw errors.unauthenticated();
  if (!SAFE.has(request.method)) {
    const header = request.headers[CSRF_HEADER];
    const cookie = request.cookies[CSRF_COOKIE];
    if (
      typeof header !== 'string' ||
      !cookie ||
      !same(header, cookie) ||
      !same(header, caller.session.csrf)
    )
      throw errors.csrf();
  }
  return caller;
}
