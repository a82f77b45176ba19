import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, login, testServer, type Session } from './harness.js';
import { clock, setUpDrill, type Drill } from './exerciseFlow.js';

const HOUR = 3_600_000;

/** Hostile and malformed bodies: every one must get a 4xx, never a 500. */
const bodies: { name: string; payload: string; type: string; mayBeValid?: boolean }[] = [
  { name: 'broken JSON', payload: '{"a":', type: 'application/json' },
  { name: 'JSON null', payload: 'null', type: 'application/json' },
  { name: 'JSON array', payload: '[1,2,3]', type: 'application/json' },
  { name: 'JSON string', payload: '"x"', type: 'application/json' },
  { name: 'empty object', payload: '{}', type: 'application/json', mayBeValid: true },
  {
    name: 'unknown properties',
    payload: '{"__proto__":{"admin":true},"constructor":{"x":1},"zzz":1}',
    type: 'application/json',
  },
  {
    name: 'wrong types everywhere',
    payload: JSON.stringify({
      username: 5,
      password: [],
      query: {},
      action: null,
      target: 7,
      answer: false,
      command: 3,
      simTime: 'x',
      mode: 1,
      indicators: 'x',
      tlp: 9,
      counterpart: {},
      subject: [],
      body: 1,
      criteria: 'x',
      summary: 4,
      decision: 2,
      state: 5,
      name: 1,
      scenario: 2,
      teams: 'x',
    }),
    type: 'application/json',
  },
  {
    name: 'huge strings',
    payload: JSON.stringify({
      query: 'a'.repeat(30_000),
      answer: 'b'.repeat(3000),
      target: 'c'.repeat(600),
      subject: 'd'.repeat(300),
      summary: 'e'.repeat(30_000),
    }),
    type: 'application/json',
  },
  {
    name: 'deep nesting',
    payload: '{"a":'.repeat(2000) + '1' + '}'.repeat(2000),
    type: 'application/json',
  },
  { name: 'text/plain body', payload: 'hello', type: 'text/plain' },
  { name: 'form body', payload: 'a=1&b=2', type: 'application/x-www-form-urlencoded' },
  {
    name: 'over the body limit',
    payload: JSON.stringify({ summary: 'x'.repeat(1_100_000) }),
    type: 'application/json',
  },
];

describe('malformed and hostile input gets a 4xx with a clear message, never a 500', () => {
  let t: Awaited<ReturnType<typeof testServer>>;
  let d: Drill;
  let admin: Session;
  let routes: { method: string; path: string; hasBody: boolean }[];
  beforeAll(async () => {
    t = await testServer();
    d = await setUpDrill(t.server);
    await addUser(t.server, 'root', 'admin');
    admin = await login(t.server, 'root');
    await clock(t.server, d, { command: 'start' });
    await clock(t.server, d, { command: 'jump', to: HOUR });
    const doc = (await t.server.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((m) => ['post', 'put', 'patch'].includes(m))
        .map((method) => ({
          method: method.toUpperCase(),
          path,
          hasBody: 'requestBody' in (methods[method] as object),
        })),
    );
  });
  afterAll(() => t.dispose());

  const fill = (path: string, hostileIds: boolean) =>
    path
      .replace('{teamId}', hostileIds ? "1' OR '1'='1" : d.teams.A)
      .replace('{exerciseId}', hostileIds ? '../../etc/passwd' : d.exerciseId)
      .replace('{hintId}', hostileIds ? '%00' : '00000000-0000-4000-8000-000000000000')
      .replace('{taskId}', hostileIds ? '<script>' : 't')
      .replace('{alertId}', hostileIds ? 'x'.repeat(400) : 'a')
      .replace('{injectId}', hostileIds ? '../Inject' : 'management-status');

  it('the OpenAPI document lists every state-changing route', () => {
    expect(routes.length).toBeGreaterThanOrEqual(20);
  });

  for (const who of ['trainee', 'instructor', 'admin'] as const)
    it(`every body route, as ${who}: each malformed body gets a 4xx with an error id and message`, async () => {
      const session = who === 'trainee' ? d.a1 : who === 'instructor' ? d.instructor : admin;
      const failures: string[] = [];
      // Logout last: it ends the session the other requests use.
      for (const route of [...routes].sort(
        (a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')),
      ))
        for (const hostileIds of [false, true])
          for (const body of bodies) {
            const res = await t.server.app.inject({
              method: route.method as 'POST',
              url: encodeURI(fill(route.path, hostileIds)),
              headers: { ...session.headers, 'content-type': body.type },
              payload: body.payload,
            });
            // A route without a body (logout, submit, …) may ignore one, a draft may be empty; none may fail with 5xx.
            if ((!route.hasBody || body.mayBeValid) && res.statusCode < 400) continue;
            const ok = res.statusCode >= 400 && res.statusCode < 500;
            const json = ok
              ? (res.json() as { error?: { id?: string; message?: string } })
              : undefined;
            if (!ok || !json?.error?.id || !json.error.message)
              failures.push(
                `${route.method} ${route.path} (${hostileIds ? 'hostile ids' : 'real ids'}) ${body.name}: ${res.statusCode} ${res.body.slice(0, 120)}`,
              );
          }
      expect(failures).toEqual([]);
    });

  it('hostile ids on GET routes get a 4xx too', async () => {
    const doc = (await t.server.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const path of Object.keys(doc.paths).filter(
      (p) => p.includes('{') && 'get' in doc.paths[p]!,
    )) {
      const res = await t.server.app.inject({
        method: 'GET',
        url: encodeURI(fill(path, true)),
        headers: d.a1.headers,
      });
      expect(res.statusCode, path).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, path).toBeLessThan(500);
    }
  });

  it('a validation error names the field and the problem', async () => {
    const res = await t.server.app.inject({
      method: 'POST',
      url: `/api/teams/${d.teams.A}/actions`,
      headers: d.a1.headers,
      payload: { action: 'isolate-host' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      id: 'request.invalid',
      message: "body must have required property 'target'.",
    });
    const extra = await t.server.app.inject({
      method: 'POST',
      url: `/api/teams/${d.teams.A}/actions`,
      headers: d.a1.headers,
      payload: { action: 'isolate-host', target: 'x', sudo: true },
    });
    expect(extra.json().error.message).toBe('body: unknown property "sudo".');
  });
});
