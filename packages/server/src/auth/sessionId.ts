import { createHash, randomBytes } from 'node:crypto';

/** A new bearer token for the session cookie (256 random bits, base64url). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored session id: a SHA-256 of the token, so a copy of the database opens no session. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
