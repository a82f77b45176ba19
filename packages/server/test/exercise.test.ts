import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './harness.js';
import { clock, setUpDrill, type Drill } from './exerciseFlow.js';
import { wsClient } from './wsClient.js';

const HOUR = 3_600_000;

describe('a live exercise through the API', () => {
  let t: Awaited<ReturnType<typeof testServer>>;
  let d: Drill;
  beforeAll(async () => {
    t = await testServer();
    d = await setUpDrill(t.server);
  });
  afterAll(() => t.dispose());
  const get = (url: string, s = d.a1) =>
    t.server.app.inject({ method: 'GET', url, headers: s.headers });
  const post = (url: string, payload: unknown, s = d.a1) =>
    t.server.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });

  it('a trainee sees only its own team of the exercise', async () => {
    const ex = (await get(`/api/exercises/${d.exerciseId}`)).json();
    expect(ex.teams).toEqual([
      {
        id: d.teams.A,
        name: 'A',
        members: [{ id: d.a1.userId, username: 'a1', displayName: 'a1', online: false }],
      },
    ]);
    expect((await get(`/api/teams/${d.teams.B}/alerts`)).statusCode).toBe(404);
    expect((await post(`/api/teams/${d.teams.B}/hunt`, { query: '*' })).statusCode).toBe(404);
  });

  it('team members are listed with who is online (live connection); staff see every team', async () => {
    const ws = await wsClient(t.server, d.a1.headers.cookie);
    ws.send({ type: 'ping' });
    await ws.next((f) => f.type === 'pong');
    const mine = (await get(`/api/exercises/${d.exerciseId}`)).json();
    expect(mine.teams[0].members).toEqual([
      { id: d.a1.userId, username: 'a1', displayName: 'a1', online: true },
    ]);
    const staff = (await get('/api/exercises', d.instructor)).json()[0];
    expect(
      staff.teams.map((x: { name: string; members: { displayName: string }[] }) => [
        x.name,
        x.members.map((m) => m.displayName),
      ]),
    ).toEqual([
      ['A', ['a1']],
      ['B', ['b1']],
    ]);
    ws.close();
  });

  it('the clock starts, runs at its speed with the simulated clock, and the runner advances every world', async () => {
    await clock(t.server, d, { command: 'start' });
    await clock(t.server, d, { command: 'speed', speed: 60 });
    t.clock.advance(60_000);
    await t.server.runtime.tick();
    const ex = (await get(`/api/exercises/${d.exerciseId}`)).json();
    expect(ex.clock.simTime).toBe(HOUR);
    for (const team of t.server.runtime.get(d.exerciseId).teams.values())
      expect(team.world.now).toBe(HOUR);
  });

  it('jump ahead brings telemetry; a hunt sees only the team up to now', async () => {
    const c = await clock(t.server, d, { command: 'jump', to: 3 * HOUR });
    expect(c.simTime).toBe(3 * HOUR);
    const res = await post(`/api/teams/${d.teams.A}/hunt`, {
      query: '* | stats count() by event.dataset',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.rows.length).toBeGreaterThan(0);
    const start = Date.parse((await get(`/api/exercises/${d.exerciseId}`)).json().start);
    expect(Date.parse(body.range.to)).toBeLessThanOrEqual(start + 3 * HOUR + 1000);
    const future = await post(`/api/teams/${d.teams.A}/hunt`, {
      query: '*',
      from: new Date(start + 4 * HOUR).toISOString(),
      to: new Date(start + 5 * HOUR).toISOString(),
    });
    expect(future.statusCode).toBe(400);
  });

  it('a hunt with a syntax error gets a 400 with the parser error id and position', async () => {
    const res = await post(`/api/teams/${d.teams.A}/hunt`, { query: 'event.code:(' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.id).toMatch(/^hunt\./);
  });

  it('a response action is persisted before it is acknowledged and shows in the log', async () => {
    const assets = (await get(`/api/teams/${d.teams.A}/assets`)).json();
    const host = assets.hosts.find((h: { role: string }) => h.role === 'workstation').name;
    const res = await post(`/api/teams/${d.teams.A}/actions`, {
      action: 'isolate-host',
      target: host,
    });
    expect(res.statusCode, res.body).toBe(201);
    const logged = await t.server.state.listActions(d.teams.A);
    expect(logged.map((a) => [a.seq, a.action, a.target])).toEqual([
      [res.json().seq, 'isolate-host', host],
    ]);
    const bad = await post(`/api/teams/${d.teams.A}/actions`, {
      action: 'isolate-host',
      target: 'no-such-host',
    });
    expect(bad.statusCode).toBe(422);
    expect((await t.server.state.listActions(d.teams.A)).length).toBe(1);
    expect(
      (await post(`/api/teams/${d.teams.A}/actions`, { action: 'launch-missiles', target: host }))
        .statusCode,
    ).toBe(422);
  });

  it('a task answer gets immediate feedback and counts an attempt', async () => {
    const tasks = (await get(`/api/teams/${d.teams.A}/tasks`)).json();
    expect(tasks.length).toBeGreaterThan(0);
    const task = tasks[0];
    const res = await post(`/api/teams/${d.teams.A}/tasks/${task.id}/answers`, {
      answer: 'definitely-wrong-answer',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().correct).toBe(false);
    const after = (await get(`/api/teams/${d.teams.A}/tasks`))
      .json()
      .find((x: { id: string }) => x.id === task.id);
    expect(after.attemptsUsed).toBe(1);
    expect(JSON.stringify(after)).not.toMatch(/"key"|"solution"|"evidence"/);
  });

  it('hints are requested by the team and granted by the instructor, with their penalty', async () => {
    const task = (await get(`/api/teams/${d.teams.A}/tasks`))
      .json()
      .find((x: { hintsAvailable: number }) => x.hintsAvailable > 0);
    const asked = await post(`/api/teams/${d.teams.A}/tasks/${task.id}/hints`, {});
    expect(asked.statusCode, asked.body).toBe(201);
    expect((await post(`/api/teams/${d.teams.A}/tasks/${task.id}/hints`, {})).statusCode).toBe(409);
    const granted = await post(
      `/api/hints/${asked.json().id}`,
      { decision: 'granted' },
      d.instructor,
    );
    expect(granted.json().status).toBe('granted');
    const view = (await get(`/api/teams/${d.teams.A}/tasks`))
      .json()
      .find((x: { id: string }) => x.id === task.id);
    expect(view.hints[0].text.en.length).toBeGreaterThan(0);
  });

  it('the instructor sees every team live', async () => {
    const res = await get(`/api/exercises/${d.exerciseId}/overview`, d.instructor);
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json();
    expect(rows.map((r: { name: string }) => r.name)).toEqual(['A', 'B']);
    expect(rows[0].actions).toBe(1);
    expect(rows[0].containedAt).toBe(3 * HOUR);
    expect((await get(`/api/exercises/${d.exerciseId}/overview`)).statusCode).toBe(403);
  });

  it('messages to a counterpart get the scripted reply', async () => {
    const cps = (await get(`/api/teams/${d.teams.A}/counterparts`)).json();
    const res = await post(`/api/teams/${d.teams.A}/messages`, {
      counterpart: cps[0].id,
      subject: 'Status',
      body: 'What is happening?',
    });
    expect(res.statusCode, res.body).toBe(201);
    const all = (await get(`/api/teams/${d.teams.A}/messages`)).json() as {
      kind: string;
      subject: string;
      body: string;
      localized?: { subject: Record<string, string>; body: Record<string, string> };
    }[];
    expect(all.some((m) => m.subject === 'Status')).toBe(true);
    // The reply in English and in every language the scenario gives (the flagship: Japanese).
    const reply = all.find((m) => m.kind === 'counterpart' && m.subject === 'Re: Status');
    expect(reply?.localized?.body.en).toBe(reply?.body);
    expect(reply?.localized?.body.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(reply?.localized?.subject).toEqual({ en: 'Re: Status', ja: 'Re: Status' });
  });

  it('the report is drafted, submitted and graded against a rubric', async () => {
    const put = await t.server.app.inject({
      method: 'PUT',
      url: `/api/teams/${d.teams.A}/report`,
      headers: d.a1.headers,
      payload: { summary: 'Phishing led to a beacon.', techniques: ['T1566.001'] },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((await post(`/api/teams/${d.teams.A}/report/submit`, {})).statusCode).toBe(200);
    const rubric = await get(`/api/teams/${d.teams.A}/report/rubric`, d.instructor);
    expect(rubric.statusCode, rubric.body).toBe(200);
    const r = rubric.json() as {
      criteria: { id: string; points: number; guidance?: { en: string } }[];
      max: number;
    };
    expect(r.max).toBe(100);
    expect(r.criteria.map((c) => c.id)).toEqual([
      'summary',
      'timeline',
      'affected-assets',
      'indicators',
      'techniques',
      'impact',
      'actions',
      'recommendations',
    ]);
    // The guidance is resolved in team A's world: its own C2 domain, no template left.
    const world = t.server.runtime.get(d.exerciseId).team(d.teams.A).world as unknown as {
      indicators(): Record<string, string>;
    };
    const indicators = r.criteria.find((c) => c.id === 'indicators')!.guidance!.en;
    expect(indicators).toContain(world.indicators().c2Domain);
    expect(indicators).not.toContain('{{');
    expect((await get(`/api/teams/${d.teams.A}/report/rubric`)).statusCode).toBe(403);

    const gradeWith = (criteria: object[]) =>
      t.server.app.inject({
        method: 'POST',
        url: `/api/teams/${d.teams.A}/report/grade`,
        headers: d.instructor.headers,
        payload: { criteria, comment: 'Solid.' },
      });
    const full = r.criteria.map((c) => ({ id: c.id, points: c.points / 2 }));
    const unknown = await gradeWith([...full, { id: 'style', points: 1 }]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe(
      'body/criteria/8/id: unknown criterion "style"; the rubric\'s criteria are: summary, timeline, affected-assets, indicators, techniques, impact, actions, recommendations.',
    );
    const above = await gradeWith([{ id: 'summary', points: 11 }, ...full.slice(1)]);
    expect(above.statusCode).toBe(400);
    expect(above.json().error.message).toBe(
      'body/criteria/0/points (11) is above the maximum of criterion "summary" (10).',
    );
    const missing = await gradeWith(full.slice(0, 7));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/missing: recommendations/);
    const twice = await gradeWith([...full, full[0]!]);
    expect(twice.json().error.message).toMatch(/graded twice/);
    const before = (await get(`/api/teams/${d.teams.A}/score`)).json();
    const grade = await gradeWith(full);
    expect(grade.statusCode, grade.body).toBe(200);
    expect(grade.json().grade).toMatchObject({
      total: 50,
      max: 100,
      comment: 'Solid.',
      criteria: expect.arrayContaining([
        { id: 'timeline', title: 'Timeline', points: 10, max: 20 },
      ]),
    });
    // The trainee sees the grade, and the report component of the score follows it.
    expect((await get(`/api/teams/${d.teams.A}/report`)).json().grade.total).toBe(50);
    const after = (await get(`/api/teams/${d.teams.A}/score`)).json();
    const reportPoints = (s: { components: { id: string; points: number; max: number }[] }) =>
      s.components.find((c) => c.id === 'report')!;
    expect(reportPoints(before).points).toBe(0);
    expect(reportPoints(after).points).toBeCloseTo(reportPoints(after).max / 2);
  });

  it('rewind removes later actions and pauses the clock there; branch makes a new exercise', async () => {
    const rewound = await post(
      `/api/exercises/${d.exerciseId}/rewind`,
      { simTime: 2 * HOUR },
      d.instructor,
    );
    expect(rewound.statusCode, rewound.body).toBe(200);
    expect(rewound.json()).toMatchObject({ status: 'paused', simTime: 2 * HOUR });
    expect(await t.server.state.listActions(d.teams.A)).toEqual([]);
    expect(
      (await post(`/api/exercises/${d.exerciseId}/rewind`, { simTime: 1 }, d.a1)).statusCode,
    ).toBe(403);
    const branch = await post(
      `/api/exercises/${d.exerciseId}/branch`,
      { simTime: 2 * HOUR },
      d.instructor,
    );
    expect(branch.statusCode, branch.body).toBe(201);
    expect(branch.json().clock).toMatchObject({ status: 'paused', simTime: 2 * HOUR });
  });
});
