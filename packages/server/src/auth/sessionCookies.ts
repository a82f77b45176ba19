/** Cookie names and settings shared by login, logout and the authentication hook. */
export const SESSION_COOKIE = 'kunren_session';
/** The double-submit CSRF cookie: readable by the web app, echoed in `x-csrf-token`. */
export const CSRF_COOKIE = 'kunren_csrf';
/** The header every state-changing request carries. */
export const CSRF_HEADER = 'x-csrf-token';
/** Session lifetime: one drill day plus margin. */
export const SESSION_TTL_MS = 14 * 3_600_000;

/** Cookie options: HttpOnly (session only), SameSite=Strict, Secure when served over TLS. */
export function cookieOptions(secure: boolean, httpOnly: boolean) {
  return {
    path: '/',
    httpOnly,
    sameSite: 'strict' as const,
    secure,
    maxAge: SESSION_TTL_MS / 1000,
  };
}
