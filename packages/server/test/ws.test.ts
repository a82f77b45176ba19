import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { rooms } from '../src/live/rooms.js';
import { setUpDrill } from './exerciseFlow.js';
import { addUser, login, testServer } from './harness.js';
import { wsClient } from './wsClient.js';

describe('WebSocket live updates', () => {
  let t: Awaited<ReturnType<typeof testServer>>;
  let exerciseId: string;
  let teamA: string;
  let teamB: string;
  beforeEach(async () => {
    t = await testServer();
    const a1 = await addUser(t.server, 'a1', 'trainee');
    await addUser(t.server, 'instructor', 'instructor');
    exerciseId = randomUUID();
    [teamA, teamB] = [randomUUID(), randomUUID()];
    await t.server.state.createExercise(
      {
        id: exerciseId,
        name: 'x',
        scenarioId: 's',
        scenarioPath: '/s',
        programmeId: null,
        roundId: null,
        clock: { status: 'ready', speed: 1, simAt: 0, wallAt: 0 },
        scoreboard: 'visible',
        frozenScores: null,
        branchedFrom: null,
        hintPolicy: 'instructor',
      },
      [
        { id: teamA, name: 'A', seed: 1, countryId: null },
        { id: teamB, name: 'B', seed: 2, countryId: null },
      ],
    );
    await t.server.state.addMember(teamA, a1);
  });
  afterEach(() => t.dispose());

  it('an upgrade without a session, or from another origin, is refused', async () => {
    const address = await t.server.app.listen({ port: 0, host: '127.0.0.1' });
    const status = (headers: Record<string, string>) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`${address.replace('http', 'ws')}/api/ws`, { headers });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => {
          resolve(101);
          ws.close();
        });
      });
    expect(await status({})).toBe(401);
    const s = await login(t.server, 'a1');
    expect(await status({ cookie: s.headers.cookie, origin: 'https://evil.example' })).toBe(403);
    expect(await status({ cookie: s.headers.cookie, origin: address })).toBe(101);
  });

  it("a trainee joins its exercise and team rooms, never another team's or the staff room", async () => {
    const s = await login(t.server, 'a1');
    const c = await wsClient(t.server, s.headers.cookie);
    for (const room of [
      rooms.exercise(exerciseId),
      rooms.team(teamA),
      rooms.team(teamB),
      rooms.staff(exerciseId),
      'team:../../etc',
    ])
      c.send({ type: 'subscribe', room });
    await c.next((f) => f.type === 'subscribed' && f.room === rooms.team(teamA));
    const errors = await Promise.all(
      [0, 1, 2].map((i) =>
        c.next(
          (f) => f.type === 'error' && c.frames.filter((x) => x.type === 'error').indexOf(f) === i,
        ),
      ),
    );
    expect(errors.map((e) => (e as { message: string }).message)).toEqual([
      `You may not join room "${rooms.team(teamB)}".`,
      `You may not join room "${rooms.staff(exerciseId)}".`,
      'You may not join room "team:../../etc".',
    ]);
    t.server.hub.publish(rooms.team(teamB), { type: 'report', teamId: teamB, submitted: true });
    t.server.hub.publish(rooms.team(teamA), { type: 'report', teamId: teamA, submitted: true });
    const update = await c.next((f) => f.type === 'update');
    expect(update).toMatchObject({ room: rooms.team(teamA), seq: 1 });
    expect(
      c.frames
        .filter((f) => f.type === 'update' || f.type === 'subscribed')
        .map((f) => (f as { room: string }).room),
    ).toEqual([rooms.exercise(exerciseId), rooms.team(teamA), rooms.team(teamA)]);
    c.close();
  });

  it('a reconnecting client gets what it missed, in sequence', async () => {
    const s = await login(t.server, 'instructor');
    const room = rooms.staff(exerciseId);
    const first = await wsClient(t.server, s.headers.cookie);
    first.send({ type: 'subscribe', room });
    await first.next((f) => f.type === 'subscribed');
    for (let i = 0; i < 3; i++)
      t.server.hub.publish(room, { type: 'report', teamId: teamA, submitted: i % 2 === 0 });
    await first.next((f) => f.type === 'update' && f.seq === 3);
    first.close();
    for (let i = 0; i < 4; i++)
      t.server.hub.publish(room, { type: 'report', teamId: teamB, submitted: true });
    const again = await wsClient(t.server, s.headers.cookie);
    again.send({ type: 'subscribe', room, since: 3 });
    const sub = await again.next((f) => f.type === 'subscribed');
    expect(sub).toEqual({ type: 'subscribed', room, seq: 7, gap: false });
    expect(
      again.frames.filter((f) => f.type === 'update').map((f) => (f as { seq: number }).seq),
    ).toEqual([4, 5, 6, 7]);
    t.server.hub.publish(room, { type: 'report', teamId: teamA, submitted: true });
    expect(await again.next((f) => f.type === 'update' && f.seq === 8)).toBeTruthy();
    again.close();
  });

  it('malformed frames get an error frame, and the socket stays usable', async () => {
    const s = await login(t.server, 'a1');
    const c = await wsClient(t.server, s.headers.cookie);
    c.send('not json at all');
    c.send({ type: 'subscribe', room: 5 });
    c.send({ type: 'subscribe', room: rooms.team(teamA), since: -1 });
    c.send({ type: 'nuke' });
    c.send({ type: 'ping' });
    await c.next((f) => f.type === 'pong');
    expect(c.frames.filter((f) => f.type === 'error').length).toBe(4);
    c.close();
  });
});

describe("the instructor's live board over WebSocket", () => {
  it('pushes the overview to the staff room when it changes, at most once a second, never to trainees', async () => {
    const t = await testServer();
    try {
      const d = await setUpDrill(t.server);
      const staffRoom = rooms.staff(d.exerciseId);
      const staff = await wsClient(t.server, d.instructor.headers.cookie);
      staff.send({ type: 'subscribe', room: staffRoom });
      await staff.next((f) => f.type === 'subscribed');
      const trainee = await wsClient(t.server, d.a1.headers.cookie);
      for (const room of [rooms.exercise(d.exerciseId), rooms.team(d.teams.A)])
        trainee.send({ type: 'subscribe', room });
      await trainee.next((f) => f.type === 'subscribed' && f.room === rooms.team(d.teams.A));
      const overviews = () =>
        staff.frames.flatMap((f) =>
          f.type === 'update' && f.data.type === 'overview' ? [f.data] : [],
        );

      // First refresh with a watcher: the board as the HTTP overview shows it.
      expect(await t.server.board.refresh()).toBe(1);
      await staff.next((f) => f.type === 'update' && f.data.type === 'overview');
      const first = overviews()[0]!;
      expect(first.exerciseId).toBe(d.exerciseId);
      const http = await t.server.app.inject({
        method: 'GET',
        url: `/api/exercises/${d.exerciseId}/overview`,
        headers: d.instructor.headers,
      });
      expect(first.teams).toEqual(http.json());
      // Nothing changed: nothing is sent, however often the board is refreshed.
      t.clock.advance(5_000);
      expect(await t.server.board.refresh()).toBe(0);

      // A change goes out at the next refresh; another within the second waits for it to pass.
      await t.server.app.inject({
        method: 'POST',
        url: `/api/exercises/${d.exerciseId}/clock`,
        headers: d.instructor.headers,
        payload: { command: 'start' },
      });
      const hosts = (
        await t.server.app.inject({
          method: 'GET',
          url: `/api/teams/${d.teams.A}/assets`,
          headers: d.a1.headers,
        })
      ).json().hosts as { name: string }[];
      const isolate = async (host: string) => {
        const acted = await t.server.app.inject({
          method: 'POST',
          url: `/api/teams/${d.teams.A}/actions`,
          headers: d.a1.headers,
          payload: { action: 'isolate-host', target: host },
        });
        expect(acted.statusCode, acted.body).toBe(201);
      };
      await isolate(hosts[0]!.name);
      expect(await t.server.board.refresh()).toBe(1);
      await isolate(hosts[1]!.name);
      t.clock.advance(999);
      expect(await t.server.board.refresh()).toBe(0);
      t.clock.advance(1);
      expect(await t.server.board.refresh()).toBe(1);
      t.clock.advance(1000);
      expect(await t.server.board.refresh()).toBe(0);
      await staff.next(
        (f) =>
          f.type === 'update' &&
          f.data.type === 'overview' &&
          f.data.teams.some((x) => x.name === 'A' && x.actions === 2),
      );
      const actionsOfA = overviews().map((o) => o.teams.find((x) => x.name === 'A')!.actions);
      expect(actionsOfA).toEqual([0, 1, 2]);
      expect(
        overviews()
          .at(-1)!
          .teams.find((x) => x.name === 'B')!.actions,
      ).toBe(0);

      // Trainees never receive it, nor can they join the staff room.
      trainee.send({ type: 'subscribe', room: staffRoom });
      await trainee.next((f) => f.type === 'error');
      expect(trainee.frames.some((f) => f.type === 'update' && f.data.type === 'overview')).toBe(
        false,
      );
      staff.close();
      trainee.close();
    } finally {
      await t.dispose();
    }
  });

  it('nobody watching: no overview is computed or published', async () => {
    const t = await testServer();
    try {
      const d = await setUpDrill(t.server);
      expect(await t.server.board.refresh()).toBe(0);
      expect(t.server.hub.seq(rooms.staff(d.exerciseId))).toBe(0);
    } finally {
      await t.dispose();
    }
  });
});
