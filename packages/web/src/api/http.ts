import { ApiError } from './ApiError.js';

let csrfToken: string | undefined;

/** Remembers the CSRF token from the login answer (the cookie holds it after a reload). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

function csrf(): string | undefined {
  if (csrfToken) return csrfToken;
  const m = /(?:^|;\s*)kunren_csrf=([^;]+)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1] as string) : undefined;
}

/**
 * Calls the server's JSON API: same-origin cookies, the CSRF header on every
 * state-changing request, the server's error body turned into an {@link ApiError}.
 */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = method === 'GET' ? undefined : csrf();
  if (token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (e) {
    throw new ApiError('network.failed', 0, (e as Error).message);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const err = (json as { error?: { id?: string; message?: string; fix?: string } } | undefined)
      ?.error;
    throw new ApiError(
      err?.id ?? `http.${response.status}`,
      response.status,
      err?.message ?? response.statusText,
      err?.fix,
    );
  }
  return json as T;
}

/** The API verbs. */
export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
};
