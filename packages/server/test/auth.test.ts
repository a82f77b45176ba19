import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, login, PASSWORD, testServer } from './harness.js';

describe('accounts and access', () => {
  let t: Awaited<ReturnType<typeof testServer>>;
  beforeEach(async () => {
    t = await testServer({ limits: { loginPerMinute: 5, answersPerMinute: 1000 } });
    await addUser(t.server, 'admin', 'admin');
    await addUser(t.server, 'a1', 'trainee');
  });
  afterEach(() => t.dispose());

  it('stores passwords as argon2id hashes', async () => {
    const user = await t.server.state.getUserByUsername('a1');
    expect(user?.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(user?.passwordHash).not.toContain(PASSWORD);
  });

  it('login sets an HttpOnly SameSite=Strict session cookie and a readable CSRF cookie', async () => {
    const res = await t.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a1', password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookies = res.cookies as {
      name: string;
      httpOnly?: boolean;
      sameSite?: string;
      value: string;
    }[];
    const session = cookies.find((c) => c.name === 'kunren_session');
    const csrf = cookies.find((c) => c.name === 'kunren_csrf');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Strict');
    expect(csrf?.httpOnly).toBeFalsy();
    expect(res.json().csrfToken).toBe(csrf?.value);
    expect(JSON.stringify(res.json())).not.toContain('argon2');
  });

  it('a wrong password and an unknown user get the same 401', async () => {
    const wrong = await t.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a1', password: 'nope' },
    });
    const unknown = await t.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'zz', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.id).toBe('auth.bad-credentials');
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('login is rate limited per client', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++)
      codes.push(
        (
          await t.server.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { username: 'a1', password: 'x' },
          })
        ).statusCode,
      );
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes.slice(5)).toEqual([429, 429]);
  });

  it('a state-changing request without the CSRF header is refused, with it accepted', async () => {
    const s = await login(t.server, 'admin');
    const body = {
      username: 'b1',
      displayName: 'B1',
      role: 'trainee',
      password: 'long enough password',
    };
    const noHeader = await t.server.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: s.headers.cookie },
      payload: body,
    });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().error.id).toBe('auth.csrf');
    const wrong = await t.server.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { ...s.headers, 'x-csrf-token': 'forged' },
      payload: body,
    });
    expect(wrong.statusCode).toBe(403);
    const ok = await t.server.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: s.headers,
      payload: body,
    });
    expect(ok.statusCode).toBe(201);
    expect((await t.server.state.listAudit(10)).map((a) => a.action)).toContain('user.create');
  });

  it('a trainee may not manage users; no session gets 401', async () => {
    const s = await login(t.server, 'a1');
    expect(
      (await t.server.app.inject({ method: 'GET', url: '/api/users', headers: s.headers }))
        .statusCode,
    ).toBe(403);
    expect((await t.server.app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
  });

  it('logout ends the session', async () => {
    const s = await login(t.server, 'a1');
    expect(
      (await t.server.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers }))
        .statusCode,
    ).toBe(200);
    expect(
      (await t.server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers }))
        .statusCode,
    ).toBe(204);
    expect(
      (await t.server.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers }))
        .statusCode,
    ).toBe(401);
  });

  it('serves health, readiness and the OpenAPI document', async () => {
    expect((await t.server.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.server.app.inject('/readyz')).statusCode).toBe(200);
    const doc = (await t.server.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/teams/{teamId}/hunt');
    expect((await t.server.app.inject('/api/docs/')).statusCode).toBe(200);
  });
});
