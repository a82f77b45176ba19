import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDir } from './harness.js';

const script = fileURLToPath(new URL('./fixtures/serveChild.ts', import.meta.url));
const HOUR = 3_600_000;

/** Starts the server process and resolves with its base URL once it listens. */
function startChild(
  dataDir: string,
  durability: string,
): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir, contentDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, KUNREN_SQLITE_DURABILITY: durability },
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('{"port"'))
        resolve({ child, base: `http://127.0.0.1:${JSON.parse(line).port}` });
    });
  });
}

/** A minimal HTTP client holding a session. */
async function session(base: string, username: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'crash-test-password' }),
  });
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    return { status: r.status, body: text ? JSON.parse(text) : undefined };
  };
  return { call, cookie, csrf };
}

// Both SQLite durabilities survive a process crash (only `power-loss` also a power cut).
describe.each(['power-loss', 'process-crash'])(
  'crash safety (SQLite durability %s)',
  (durability) => {
    const dir = mkdtempSync(join(tmpdir(), 'kunren-crash-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('after SIGKILL and restart: no acknowledged action or early inject lost, same sim time, same scores', async () => {
      const first = await startChild(dir, durability);
      const instructor = await session(first.base, 'instructor');
      const a1 = await session(first.base, 'a1');
      const exercise = (await instructor.call('GET', '/api/exercises')).body[0];
      const team = (await a1.call('GET', '/api/auth/me')).body.teams[0].teamId as string;
      const other = exercise.teams.find((t: { id: string }) => t.id !== team).id as string;
      expect(
        (await instructor.call('POST', `/api/exercises/${exercise.id}/clock`, { command: 'start' }))
          .status,
      ).toBe(200);
      expect(
        (
          await instructor.call('POST', `/api/exercises/${exercise.id}/clock`, {
            command: 'jump',
            to: 2 * HOUR,
          })
        ).status,
      ).toBe(200);
      const assets = (await a1.call('GET', `/api/teams/${team}/assets`)).body;
      const hosts = assets.hosts
        .filter((h: { role: string }) => h.role === 'workstation')
        .map((h: { name: string }) => h.name);
      const acked: unknown[] = [];
      for (const host of hosts.slice(0, 2)) {
        const r = await a1.call('POST', `/api/teams/${team}/actions`, {
          action: 'isolate-host',
          target: host,
        });
        expect(r.status).toBe(201);
        acked.push(r.body);
      }
      const task = (await a1.call('GET', `/api/teams/${team}/tasks`)).body[0];
      expect(
        (await a1.call('POST', `/api/teams/${team}/tasks/${task.id}/answers`, { answer: 'not-it' }))
          .status,
      ).toBe(200);
      // The white cell sends a scheduled inject ahead of time: acknowledged means durable too.
      const early = await instructor.call(
        'POST',
        `/api/exercises/${exercise.id}/injects/management-status/send-now`,
        { teams: [team] },
      );
      expect(early.status).toBe(201);
      const paused = await instructor.call('POST', `/api/exercises/${exercise.id}/clock`, {
        command: 'pause',
      });
      expect(paused.status).toBe(200);
      const last = await a1.call('POST', `/api/teams/${team}/actions`, {
        action: 'release-host',
        target: hosts[0],
      });
      expect(last.status).toBe(201);
      acked.push(last.body);
      const before = {
        actions: (await a1.call('GET', `/api/teams/${team}/actions`)).body,
        clock: (await a1.call('GET', `/api/exercises/${exercise.id}`)).body.clock.simTime,
        score: (await a1.call('GET', `/api/teams/${team}/score`)).body,
        otherScore: (await instructor.call('GET', `/api/teams/${other}/score`)).body,
        tasks: (await a1.call('GET', `/api/teams/${team}/tasks`)).body,
        inbox: (await a1.call('GET', `/api/teams/${team}/messages`)).body,
        injects: (await instructor.call('GET', `/api/exercises/${exercise.id}/injects`)).body,
      };
      expect(before.inbox.map((m: { id: string }) => m.id)).toContain('inject-management-status');
      first.child.kill('SIGKILL');
      await new Promise((r) => first.child.once('exit', r));

      const second = await startChild(dir, durability);
      try {
        const again = await session(second.base, 'a1');
        const staff = await session(second.base, 'instructor');
        const after = {
          actions: (await again.call('GET', `/api/teams/${team}/actions`)).body,
          clock: (await again.call('GET', `/api/exercises/${exercise.id}`)).body.clock.simTime,
          score: (await again.call('GET', `/api/teams/${team}/score`)).body,
          otherScore: (await staff.call('GET', `/api/teams/${other}/score`)).body,
          tasks: (await again.call('GET', `/api/teams/${team}/tasks`)).body,
          inbox: (await again.call('GET', `/api/teams/${team}/messages`)).body,
          injects: (await staff.call('GET', `/api/exercises/${exercise.id}/injects`)).body,
        };
        expect(after.actions).toEqual(acked);
        expect(after).toEqual(before);
        expect(after.clock).toBe(paused.body.simTime);
      } finally {
        second.child.kill('SIGTERM');
        await new Promise((r) => second.child.once('exit', r));
      }
    }, 300_000);
  },
);
