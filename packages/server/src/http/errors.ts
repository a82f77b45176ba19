import { ApiError } from './ApiError.js';

/**
 * The error catalogue: every error the API returns, by stable id. Routes and commands
 * throw these; `onError` turns them (and Fastify's own) into `{ error: { id, message, fix } }`.
 */
export const errors = {
  invalidRequest: (message: string) =>
    new ApiError(
      'request.invalid',
      400,
      message,
      'Correct the request as the message says; the API reference is at /api/docs.',
    ),
  badCredentials: () =>
    new ApiError(
      'auth.bad-credentials',
      401,
      'Unknown username or wrong password.',
      'Check both and try again.',
    ),
  unauthenticated: () =>
    new ApiError(
      'auth.required',
      401,
      'You are not logged in (or your session expired).',
      'Log in with POST /api/auth/login.',
    ),
  csrf: () =>
    new ApiError(
      'auth.csrf',
      403,
      'Missing or wrong CSRF token.',
      'Send the value of the kunren_csrf cookie (also returned at login) in the x-csrf-token header.',
    ),
  forbidden: (what: string) =>
    new ApiError(
      'auth.forbidden',
      403,
      `Your role may not ${what}.`,
      'Ask an instructor or administrator.',
    ),
  notFound: (kind: string, id: string) =>
    new ApiError(
      `${kind}.not-found`,
      404,
      `No ${kind} "${id}" (or it is not yours to see).`,
      `List ${kind}s to find the right id.`,
    ),
  conflict: (id: string, message: string, fix: string) => new ApiError(id, 409, message, fix),
  rateLimited: (seconds: number) =>
    new ApiError(
      'request.rate-limited',
      429,
      'Too many requests.',
      `Wait ${seconds} s and try again.`,
    ),
  unprocessable: (id: string, message: string, fix: string) => new ApiError(id, 422, message, fix),
  unavailable: (message: string) =>
    new ApiError('server.unavailable', 503, message, 'Retry in a few seconds.'),
} as const;
