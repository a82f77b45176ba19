import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { rooms } from '../src/live/rooms.js';
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
