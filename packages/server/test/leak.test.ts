import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportRubricOf } from '@kunren/domain';
import { rooms } from '../src/live/rooms.js';
import { testServer } from './harness.js';
import { clock, setUpDrill, type Drill } from './exerciseFlow.js';
import { wsClient } from './wsClient.js';

const HOUR = 3_600_000;

/** Every JSON path key in a value ("a", "b" of {a:{b:1}}). */
function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  return out;
}

describe('nothing leaks to a trainee', () => {
  let t: Awaited<ReturnType<typeof testServer>>;
  let d: Drill;
  const seen: { where: string; text: string; keys: Set<string> }[] = [];
  let staffOverviews = 0;

  beforeAll(async () => {
    t = await testServer();
    d = await setUpDrill(t.server);
    await clock(t.server, d, { command: 'start' });
    await clock(t.server, d, { command: 'jump', to: 4 * HOUR });
    const post = (url: string, payload: object, s = d.b1) =>
      t.server.app.inject({ method: 'POST', url, headers: s.headers, payload });
    // Team B acts, writes and shares; team A must see only the shared bundle, anonymised.
    const bAssets = (
      await t.server.app.inject({
        method: 'GET',
        url: `/api/teams/${d.teams.B}/assets`,
        headers: d.b1.headers,
      })
    ).json();
    await post(`/api/teams/${d.teams.B}/actions`, {
      action: 'isolate-host',
      target: bAssets.hosts[0].name,
    });
    await post(`/api/teams/${d.teams.B}/messages`, {
      counterpart: (
        await t.server.app.inject({
          method: 'GET',
          url: `/api/teams/${d.teams.B}/counterparts`,
          headers: d.b1.headers,
        })
      ).json()[0].id,
      subject: 'B-secret-subject',
      body: 'b',
    });
    await post(`/api/teams/${d.teams.B}/shares`, {
      indicators: [{ kind: 'ipv4', value: '203.0.113.77' }],
      tlp: 'amber',
    });
    await t.server.app.inject({
      method: 'PUT',
      url: `/api/teams/${d.teams.B}/report`,
      headers: d.b1.headers,
      payload: { summary: 'B-secret-report' },
    });
    // Team A works a little too, so its routes have content.
    await t.server.app.inject({
      method: 'POST',
      url: `/api/teams/${d.teams.A}/tasks/${t.server.runtime.get(d.exerciseId).scenario.tasks[0]!.id}/hints`,
      headers: d.a1.headers,
      payload: {},
    });

    // Walk every GET route of the OpenAPI document a trainee can reach, with its own ids.
    const doc = (await t.server.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (!('get' in methods)) continue;
      const url = path.replace('{teamId}', d.teams.A).replace('{exerciseId}', d.exerciseId);
      if (url.includes('{')) continue;
      const res = await t.server.app.inject({ method: 'GET', url, headers: d.a1.headers });
      if (res.statusCode === 200)
        seen.push({ where: `GET ${path}`, text: res.body, keys: keysOf(res.json()) });
      else expect(res.statusCode, `GET ${path}`).toBeGreaterThanOrEqual(400);
    }
    for (const query of ['*', '* | stats count() by host.name, user.name', 'dns.question.name:*']) {
      const res = await t.server.app.inject({
        method: 'POST',
        url: `/api/teams/${d.teams.A}/hunt`,
        headers: d.a1.headers,
        payload: { query, limit: 5000 },
      });
      expect(res.statusCode, query).toBe(200);
      seen.push({ where: `hunt ${query}`, text: res.body, keys: new Set() });
    }
    // And every WebSocket message it can receive.
    const ws = await wsClient(t.server, d.a1.headers.cookie);
    for (const room of [rooms.exercise(d.exerciseId), rooms.team(d.teams.A)])
      ws.send({ type: 'subscribe', room, since: 0 });
    await ws.next((f) => f.type === 'subscribed' && f.room === rooms.team(d.teams.A));
    // The instructor watches the live board meanwhile: its frames must reach staff only.
    const staff = await wsClient(t.server, d.instructor.headers.cookie);
    staff.send({ type: 'subscribe', room: rooms.staff(d.exerciseId) });
    await staff.next((f) => f.type === 'subscribed');
    await clock(t.server, d, { command: 'jump', to: 6 * HOUR });
    await ws.next(
      (f) => f.type === 'update' && f.data.type === 'clock' && f.data.clock.simTime === 6 * HOUR,
    );
    await t.server.board.refresh();
    await staff.next((f) => f.type === 'update' && f.data.type === 'overview');
    staffOverviews = staff.frames.length;
    staff.close();
    // A frame the trainee gets after the board went out shows its socket was still live.
    await t.server.app.inject({
      method: 'POST',
      url: `/api/exercises/${d.exerciseId}/clock`,
      headers: d.instructor.headers,
      payload: { command: 'pause' },
    });
    await ws.next(
      (f) => f.type === 'update' && f.data.type === 'clock' && f.data.clock.status === 'paused',
    );
    for (const f of ws.frames)
      seen.push({ where: `ws ${f.type}`, text: JSON.stringify(f), keys: keysOf(f) });
    ws.close();
  });
  afterAll(() => t.dispose());

  it('walked a meaningful set of routes and messages', () => {
    expect(seen.filter((s) => s.where.startsWith('GET')).length).toBeGreaterThanOrEqual(15);
    expect(seen.filter((s) => s.where.startsWith('ws')).length).toBeGreaterThan(3);
  });

  it('the live board reached the staff room and never the trainee', () => {
    expect(staffOverviews).toBeGreaterThan(1);
    expect(seen.some((s) => s.text.includes('"overview"'))).toBe(false);
  });

  it("no other team's id, data or indicator values appear", () => {
    const other = t.server.runtime.get(d.exerciseId).team(d.teams.B).world as unknown as {
      indicators(): Record<string, string>;
    };
    const mine = t.server.runtime.get(d.exerciseId).team(d.teams.A).world as unknown as {
      indicators(): Record<string, string>;
    };
    const theirs = Object.values(other.indicators()).filter(
      (v) => v.length >= 6 && /[.\d]/.test(v) && !Object.values(mine.indicators()).includes(v),
    );
    expect(theirs.length).toBeGreaterThan(0);
    for (const s of seen) {
      expect(s.text, s.where).not.toContain(d.teams.B);
      expect(s.text, s.where).not.toContain('B-secret');
      for (const v of theirs)
        expect(s.text, `${s.where} shows team B's indicator ${v}`).not.toContain(v);
    }
  });

  it('no answer key, solution, evidence query, task rubric or report-rubric guidance appears', () => {
    const scenario = t.server.runtime.get(d.exerciseId).scenario;
    const secrets = scenario.tasks.flatMap((task) => [
      task.solution.en,
      ...task.answer.key,
      ...task.evidence.map((e) => e.query),
      ...(task.answer.rubric ? [task.answer.rubric.en] : []),
    ]);
    // The evaluator's rubric guidance, as resolved for team A.
    const world = t.server.runtime.get(d.exerciseId).team(d.teams.A).world;
    for (const c of reportRubricOf(scenario))
      for (const text of Object.values(c.guidance ?? {})) secrets.push(world.resolve(text));
    expect(secrets.length).toBeGreaterThan(20);
    secrets.push(
      scenario.debrief.summary.en,
      ...scenario.solution.map((s) => s.target).filter((x) => x.includes('{{')),
    );
    for (const s of seen)
      for (const secret of secrets.filter((x) => x.length >= 12))
        expect(s.text, `${s.where} shows "${secret.slice(0, 40)}"`).not.toContain(secret);
  });

  it('no adversary ground truth appears: none of the adversary-state fields of World.truth()', () => {
    const world = t.server.runtime.get(d.exerciseId).team(d.teams.A).world;
    // Field names that are the adversary's state (GroundTruth), present in this world's truth.
    const distinctive = [
      'footholds',
      'beacons',
      'credentials',
      'exfiltrated',
      'staged',
      'persistence',
      'checkins',
      'firstCompromiseAt',
      'quietUntil',
      'invalidatedAt',
      'removedBy',
      'endReason',
      'malware',
      'doneAt',
      'inUse',
      'indicators',
    ];
    const truthKeys = keysOf(world.truth());
    const truthOnly = distinctive.filter((k) => truthKeys.has(k));
    expect(truthOnly.length).toBeGreaterThan(0);
    for (const s of seen.filter((x) => !x.where.startsWith('hunt')))
      for (const k of truthOnly)
        expect(s.keys.has(k), `${s.where} has ground-truth field "${k}"`).toBe(false);
    for (const s of seen)
      expect(s.keys.has('stages') || s.keys.has('stageReached'), s.where).toBe(false);
  });

  it('no scheduled inject appears before the world delivers it', () => {
    const exercise = t.server.runtime.get(d.exerciseId);
    const team = exercise.team(d.teams.A);
    const pending = exercise.scenario.injects.filter(
      (i) => !team.injects.some((f) => f.id === i.id) && !team.sentEarly.has(i.id),
    );
    expect(pending.length).toBeGreaterThan(3);
    for (const inject of pending)
      for (const text of [inject.subject.en, inject.body.en].map((x) => team.world.resolve(x)))
        for (const s of seen)
          expect(s.text, `${s.where} shows the undelivered inject ${inject.id}`).not.toContain(
            text,
          );
  });
});
