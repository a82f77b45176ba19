import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from '../src/createServer.js';
import { rooms } from '../src/live/rooms.js';
import { addUser, contentDir, login, testServer, type Session } from './harness.js';
import { setUpDrill, type Drill } from './exerciseFlow.js';

interface TaskRow {
  id: string;
  hintsAvailable: number;
  hintsTaken: number;
  nextHintPenalty: number | null;
  hints: { id: string; index: number; status: string; penalty: number; text?: object }[];
}

describe('hints: cost stated first, instructor or automatic grants', () => {
  let t: Awaited<ReturnType<typeof testServer>>;
  let d: Drill;
  beforeEach(async () => {
    t = await testServer();
    d = await setUpDrill(t.server);
  });
  afterEach(() => t.dispose());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, s: Session, payload?: object) =>
    t.server.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
  const tasks = async () =>
    (await call('GET', `/api/teams/${d.teams.A}/tasks`, d.a1)).json() as TaskRow[];
  const scenarioTask = (id: string) =>
    t.server.runtime.get(d.exerciseId).scenario.tasks.find((x) => x.id === id)!;
  const withHints = async () => (await tasks()).find((x) => x.hintsAvailable > 1)!;
  const teamFrames = () =>
    t.server.hub.subscribe(rooms.team(d.teams.A), 0, () => undefined).missed.map((e) => e.frame);

  it('the tasks list states what the next hint costs before it is asked for', async () => {
    const task = await withHints();
    const spec = scenarioTask(task.id);
    expect(task.hintsTaken).toBe(0);
    expect(task.nextHintPenalty).toBe(spec.hints![0]!.penalty);
    const asked = await call('POST', `/api/teams/${d.teams.A}/tasks/${task.id}/hints`, d.a1, {});
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ status: 'requested', penalty: spec.hints![0]!.penalty });
    const waiting = (await tasks()).find((x) => x.id === task.id)!;
    expect(waiting.nextHintPenalty).toBe(spec.hints![1]?.penalty ?? null);
    expect(waiting.hintsTaken).toBe(0);
    expect(waiting.hints[0]!.text).toBeUndefined();
    await call('POST', `/api/hints/${asked.json().id}`, d.instructor, { decision: 'granted' });
    expect((await tasks()).find((x) => x.id === task.id)!.hintsTaken).toBe(1);
  });

  it('nextHintPenalty is null once every hint of a task was asked for', async () => {
    await call('PUT', `/api/exercises/${d.exerciseId}/hint-policy`, d.instructor, {
      policy: 'automatic',
    });
    const task = await withHints();
    for (let i = 0; i < task.hintsAvailable; i++)
      expect(
        (await call('POST', `/api/teams/${d.teams.A}/tasks/${task.id}/hints`, d.a1, {})).statusCode,
      ).toBe(201);
    const done = (await tasks()).find((x) => x.id === task.id)!;
    expect(done.nextHintPenalty).toBeNull();
    expect(done.hintsTaken).toBe(task.hintsAvailable);
    const none = await call('POST', `/api/teams/${d.teams.A}/tasks/${task.id}/hints`, d.a1, {});
    expect(none.json().error.id).toBe('hint.none-left');
  });

  it('under the automatic policy a request is granted at once, live, with its penalty', async () => {
    const set = await call('PUT', `/api/exercises/${d.exerciseId}/hint-policy`, d.instructor, {
      policy: 'automatic',
    });
    expect(set.statusCode, set.body).toBe(200);
    const task = await withHints();
    const asked = await call('POST', `/api/teams/${d.teams.A}/tasks/${task.id}/hints`, d.a1, {});
    expect(asked.json().status).toBe('granted');
    const view = (await tasks()).find((x) => x.id === task.id)!;
    expect(view.hints[0]).toMatchObject({ status: 'granted' });
    expect(view.hints[0]!.text).toEqual(scenarioTask(task.id).hints![0]!.text);
    expect(view.hintsTaken).toBe(1);
    // The team hears of the grant and of its new score on its live room.
    const frames = teamFrames() as { type: string; hint?: { status: string } }[];
    expect(frames.find((f) => f.type === 'hint')?.hint?.status).toBe('granted');
    expect(frames.some((f) => f.type === 'score')).toBe(true);
    // A second request needs no pending decision either.
    const again = await call('POST', `/api/teams/${d.teams.A}/tasks/${task.id}/hints`, d.a1, {});
    expect(again.json()).toMatchObject({ status: 'granted', index: 1 });
  });

  it('the policy is chosen at creation, shown on the exercise, changed by staff only, audited', async () => {
    const created = await call('POST', '/api/exercises', d.instructor, {
      name: 'Automatic drill',
      scenario: 'ministry-targeted-attack',
      hintPolicy: 'automatic',
      teams: [{ name: 'C', members: [] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().hintPolicy).toBe('automatic');
    expect((await call('GET', `/api/exercises/${d.exerciseId}`, d.a1)).json().hintPolicy).toBe(
      'instructor',
    );
    const denied = await call('PUT', `/api/exercises/${d.exerciseId}/hint-policy`, d.a1, {
      policy: 'automatic',
    });
    expect(denied.statusCode).toBe(403);
    const bad = await call('PUT', `/api/exercises/${d.exerciseId}/hint-policy`, d.instructor, {
      policy: 'sometimes',
    });
    expect(bad.statusCode).toBe(400);
    await call('PUT', `/api/exercises/${d.exerciseId}/hint-policy`, d.instructor, {
      policy: 'automatic',
    });
    await addUser(t.server, 'admin', 'admin');
    const audit = (await call('GET', '/api/audit', await login(t.server, 'admin'))).json() as {
      action: string;
      detail: unknown;
    }[];
    expect(audit.filter((a) => a.action === 'hints.policy').map((a) => a.detail)).toEqual([
      { policy: 'automatic' },
    ]);
  });

  it('the policy survives a restart (a second server rebuilds from the same state)', async () => {
    await call('PUT', `/api/exercises/${d.exerciseId}/hint-policy`, d.instructor, {
      policy: 'automatic',
    });
    const again = await createServer({
      dataDir: t.dir,
      contentDir,
      clock: t.clock,
      telemetryInMemory: true,
      state: { kind: 'sqlite', file: join(t.dir, 'state.sqlite') },
    });
    await again.start();
    try {
      expect(again.runtime.get(d.exerciseId).record.hintPolicy).toBe('automatic');
      const a1 = await login(again, 'a1');
      const task = (
        (
          await again.app.inject({
            method: 'GET',
            url: `/api/teams/${d.teams.A}/tasks`,
            headers: a1.headers,
          })
        ).json() as TaskRow[]
      ).find((x) => x.hintsAvailable > 0)!;
      const asked = await again.app.inject({
        method: 'POST',
        url: `/api/teams/${d.teams.A}/tasks/${task.id}/hints`,
        headers: a1.headers,
        payload: {},
      });
      expect(asked.json().status).toBe('granted');
    } finally {
      await again.close();
    }
  });
});
