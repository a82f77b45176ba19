import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from '../src/createServer.js';
import { contentDir, login, testServer } from './harness.js';
import { clock, setUpDrill, type Drill } from './exerciseFlow.js';
import { wsClient } from './wsClient.js';
import { rooms } from '../src/live/rooms.js';

const HOUR = 3_600_000;

interface Scheduled {
  id: string;
  status: string;
  simTime: number | null;
  subject: Record<string, string>;
  trigger: { kind: string; ref: string | null; delay: { from: number; to: number } };
  expected: { from: number; to: number } | null;
}
interface Timeline {
  teamId: string;
  name: string;
  scheduled: Scheduled[];
  manual: { id: string; subject: string; simTime: number }[];
}

describe('the scheduled inject timeline and send-now', () => {
  let t: Awaited<ReturnType<typeof testServer>>;
  let server: Server;
  let d: Drill;
  beforeAll(async () => {
    t = await testServer();
    server = t.server;
    d = await setUpDrill(server);
  });
  afterAll(async () => {
    await server.close();
    await t.dispose().catch(() => undefined);
  });
  const get = (url: string, s = d.instructor) =>
    server.app.inject({ method: 'GET', url, headers: s.headers });
  const post = (url: string, payload: object, s = d.instructor) =>
    server.app.inject({ method: 'POST', url, headers: s.headers, payload });
  const timeline = async () =>
    (await get(`/api/exercises/${d.exerciseId}/injects`)).json() as Timeline[];
  const inject = (all: Timeline[], team: string, id: string) =>
    all.find((x) => x.teamId === team)!.scheduled.find((s) => s.id === id)!;
  const injectMessages = async (team: string, s = d.a1) =>
    (
      (await get(`/api/teams/${team}/messages`, s)).json() as { id: string; simTime: number }[]
    ).filter((m) => m.id.startsWith('inject-'));
  const sendNow = (id: string, payload: object = {}, s = d.instructor) =>
    post(`/api/exercises/${d.exerciseId}/injects/${id}/send-now`, payload, s);

  it('lists every scenario inject per team, scheduled, with its trigger and expected window', async () => {
    const all = await timeline();
    expect(all.map((x) => x.name)).toEqual(['A', 'B']);
    const status = inject(all, d.teams.A, 'management-status');
    expect(status).toMatchObject({
      status: 'scheduled',
      simTime: null,
      trigger: { kind: 'time', ref: null },
      expected: { from: 14.5 * HOUR, to: 14.5 * HOUR },
    });
    expect(status.subject.en).toBe('Status of the IT incident?');
    expect(status.subject.ja).toBe('IT インシデントの状況は？');
    expect(inject(all, d.teams.A, 'isolation-complaint')).toMatchObject({
      trigger: { kind: 'action', ref: 'isolate-host', delay: { from: HOUR / 2, to: HOUR / 2 } },
      expected: null,
    });
  });

  it('is for staff only; send-now needs the inject permission and a CSRF token', async () => {
    expect((await get(`/api/exercises/${d.exerciseId}/injects`, d.a1)).statusCode).toBe(403);
    expect((await sendNow('management-status', {}, d.a1)).statusCode).toBe(403);
    const noCsrf = await server.app.inject({
      method: 'POST',
      url: `/api/exercises/${d.exerciseId}/injects/management-status/send-now`,
      headers: { cookie: d.instructor.headers.cookie },
      payload: {},
    });
    expect(noCsrf.statusCode).toBe(403);
  });

  it('refuses before the exercise starts, and names unknown injects and teams', async () => {
    expect((await sendNow('management-status')).json().error.id).toBe('exercise.not-running');
    await clock(server, d, { command: 'start' });
    await clock(server, d, { command: 'jump', to: HOUR });
    const unknown = await sendNow('no-such-inject');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.id).toBe('inject.not-found');
    const team = await sendNow('management-status', {
      teams: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(team.statusCode).toBe(404);
  });

  it('delivers at once to one team: a message frame, once in its inbox, audited', async () => {
    const ws = await wsClient(server, d.a1.headers.cookie);
    ws.send({ type: 'subscribe', room: rooms.team(d.teams.A) });
    await ws.next((f) => f.type === 'subscribed');
    const res = await sendNow('isolation-complaint', { teams: [d.teams.A] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ sent: [{ teamId: d.teams.A, simTime: HOUR }], skipped: [] });
    const frame = await ws.next(
      (f) => f.type === 'update' && f.data.type === 'message' && f.data.message.kind === 'inject',
    );
    expect(frame).toMatchObject({
      data: { message: { id: 'inject-isolation-complaint', simTime: HOUR } },
    });
    ws.close();
    // In English, and in every language the scenario gives, for the app to pick.
    const english = 'Who disconnected my staff?';
    const japanese = '職員の端末を切断したのは誰ですか';
    expect(frame).toMatchObject({
      data: {
        message: {
          subject: english,
          localized: { subject: { en: english, ja: japanese }, body: { ja: expect.any(String) } },
        },
      },
    });
    const inbox = (await get(`/api/teams/${d.teams.A}/messages`, d.a1)).json() as {
      localized?: { subject: Record<string, string> };
    }[];
    expect(inbox.map((m) => m.localized?.subject.ja)).toContain(japanese);
    expect(await injectMessages(d.teams.A)).toEqual([
      expect.objectContaining({ id: 'inject-isolation-complaint', simTime: HOUR }),
    ]);
    expect(await injectMessages(d.teams.B, d.b1)).toEqual([]);
    const all = await timeline();
    expect(inject(all, d.teams.A, 'isolation-complaint')).toMatchObject({
      status: 'sent-early',
      simTime: HOUR,
    });
    expect(inject(all, d.teams.B, 'isolation-complaint').status).toBe('scheduled');
    const audit = await server.state.listAudit(50);
    expect(audit.some((a) => a.action === 'inject.send-now')).toBe(true);
    // The send is not one of the team's response actions.
    expect((await get(`/api/teams/${d.teams.A}/actions`, d.a1)).json()).toEqual([]);
  });

  it('a second send-now to the same team is a 409; to all teams it reaches only the others', async () => {
    const again = await sendNow('isolation-complaint', { teams: [d.teams.A] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.id).toBe('inject.already-delivered');
    const all = await sendNow('management-status');
    expect(all.statusCode).toBe(201);
    expect(
      all
        .json()
        .sent.map((s: { teamId: string }) => s.teamId)
        .sort(),
    ).toEqual([d.teams.A, d.teams.B].sort());
  });

  it("the world's own delivery later produces no duplicate", async () => {
    for (const [team, s] of [
      [d.teams.A, d.a1],
      [d.teams.B, d.b1],
    ] as const) {
      const hosts = (await get(`/api/teams/${team}/assets`, s)).json().hosts;
      const r = await post(
        `/api/teams/${team}/actions`,
        { action: 'isolate-host', target: hosts[0].name },
        s,
      );
      expect(r.statusCode, r.body).toBe(201);
    }
    await clock(server, d, { command: 'jump', to: 2 * HOUR });
    const a = await injectMessages(d.teams.A);
    expect(a.filter((m) => m.id === 'inject-isolation-complaint')).toEqual([
      expect.objectContaining({ simTime: HOUR }),
    ]);
    expect(a.filter((m) => m.id === 'inject-management-status')).toEqual([
      expect.objectContaining({ simTime: HOUR }),
    ]);
    const b = await injectMessages(d.teams.B, d.b1);
    const complaint = b.filter((m) => m.id === 'inject-isolation-complaint');
    expect(complaint).toHaveLength(1);
    expect(complaint[0]!.simTime).toBeGreaterThan(HOUR + HOUR / 2);
    const all = await timeline();
    expect(inject(all, d.teams.B, 'isolation-complaint')).toMatchObject({
      status: 'delivered',
      simTime: complaint[0]!.simTime,
    });
    expect(inject(all, d.teams.A, 'isolation-complaint').status).toBe('sent-early');
    // Already delivered by the world: nothing to send.
    expect((await sendNow('isolation-complaint', { teams: [d.teams.B] })).statusCode).toBe(409);
  });

  it('survives a restart: rebuilt from the action log, the same timeline and inboxes', async () => {
    await clock(server, d, { command: 'pause' });
    const before = {
      timeline: await timeline(),
      a: await injectMessages(d.teams.A),
      b: await injectMessages(d.teams.B, d.b1),
    };
    await server.close();
    server = await createServer({
      dataDir: t.dir,
      contentDir,
      clock: t.clock,
      telemetryInMemory: true,
      state: { kind: 'sqlite', file: join(t.dir, 'state.sqlite') },
      limits: { loginPerMinute: 1000, answersPerMinute: 1000 },
    });
    await server.start();
    d = {
      ...d,
      instructor: await login(server, 'instructor'),
      a1: await login(server, 'a1'),
      b1: await login(server, 'b1'),
    };
    expect({
      timeline: await timeline(),
      a: await injectMessages(d.teams.A),
      b: await injectMessages(d.teams.B, d.b1),
    }).toEqual(before);
  });

  it('a rewind before the send takes it back: scheduled again', async () => {
    const res = await post(`/api/exercises/${d.exerciseId}/rewind`, { simTime: HOUR / 2 });
    expect(res.statusCode, res.body).toBe(200);
    const all = await timeline();
    expect(inject(all, d.teams.A, 'isolation-complaint').status).toBe('scheduled');
    expect(inject(all, d.teams.A, 'management-status').status).toBe('scheduled');
    expect(await injectMessages(d.teams.A)).toEqual([]);
  });
});
