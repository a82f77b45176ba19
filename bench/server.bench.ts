// The exercise server under a classroom-sized load on loopback: trainees in teams over
// HTTP and WebSocket, every team's world at ×10, hunts and response actions; beside it the
// ceiling of a trivial Fastify route on the same machine in the same run.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Fastify from 'fastify';
import { WebSocket } from 'ws';
import { createServer, hashPassword } from '@kunren/server';

/** Load parameters; defaults are the issue's (200 trainees, 40 teams, ×10, 2 minutes). */
export interface ServerBenchOptions {
  readonly trainees?: number;
  readonly teams?: number;
  readonly speed?: number;
  readonly seconds?: number;
  readonly huntEverySeconds?: number;
  readonly actionEverySeconds?: number;
}

const content = fileURLToPath(new URL('../content', import.meta.url));
const flagship = join(content, 'scenarios', 'ministry-targeted-attack', 'scenario.yaml');

function pct(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
const ms = (v: number) => (Number.isNaN(v) ? '–' : `${v.toFixed(1)} ms`);

async function ceiling(seconds: number, concurrency: number) {
  const app = Fastify({ logger: false });
  app.get('/ping', async () => ({ ok: true }));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const lat: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        await (await fetch(`${address}/ping`)).text();
        lat.push(performance.now() - t0);
      }
    }),
  );
  await app.close();
  return { rps: lat.length / seconds, p50: pct(lat, 50), p99: pct(lat, 99) };
}

/** Runs the load and returns a markdown section. */
export async function benchServer(options: ServerBenchOptions = {}): Promise<string> {
  const trainees = options.trainees ?? 200;
  const teamCount = options.teams ?? 40;
  const speed = options.speed ?? 10;
  const seconds = options.seconds ?? Number(process.env.KUNREN_BENCH_SERVER_SECONDS ?? 120);
  const huntEvery = (options.huntEverySeconds ?? 10) * 1000;
  const actionEvery = (options.actionEverySeconds ?? 60) * 1000;
  const dir = mkdtempSync(join(tmpdir(), 'kunren-bench-'));
  const server = await createServer({
    dataDir: dir,
    contentDir: content,
    limits: { loginPerMinute: 100_000, answersPerMinute: 100_000 },
  });
  try {
    const password = 'bench-password-123';
    const hash = await hashPassword(password);
    const users: { id: string; username: string; team: number }[] = [];
    for (let i = 0; i < trainees; i++) {
      const username = `t${i}`;
      const u = await server.state.createUser({
        id: randomUUID(),
        username,
        displayName: username,
        role: 'trainee',
        passwordHash: hash,
        countryId: null,
      });
      users.push({ id: u.id, username, team: i % teamCount });
    }
    const admin = await server.state.createUser({
      id: randomUUID(),
      username: 'admin',
      displayName: 'a',
      role: 'admin',
      passwordHash: hash,
      countryId: null,
    });
    const exercise = await server.runtime.create(
      {
        name: 'bench',
        scenarioPath: flagship,
        speed,
        teams: Array.from({ length: teamCount }, (_, t) => ({
          name: `T${t}`,
          members: users.filter((u) => u.team === t).map((u) => u.id),
        })),
      },
      admin.id,
    );
    await server.start();
    server.runtime.startTimer(250, () => undefined);
    const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const wsBase = address.replace('http', 'ws');

    // Log everyone in and connect their sockets.
    const clients = [];
    for (const u of users) {
      const res = await fetch(`${address}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: u.username, password }),
      });
      const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
      const cookie = res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const teamId = exercise.teamRecords[u.team]!.id;
      const ws = new WebSocket(`${wsBase}/api/ws`, { headers: { cookie } });
      await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
      ws.send(JSON.stringify({ type: 'subscribe', room: `team:${teamId}` }));
      ws.send(JSON.stringify({ type: 'subscribe', room: `exercise:${exercise.record.id}` }));
      clients.push({ ...u, cookie, csrf, teamId, ws });
    }
    const adminLogin = await fetch(`${address}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    const adminCsrf = ((await adminLogin.json()) as { csrfToken: string }).csrfToken;
    const adminCookie = adminLogin.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const call = async (
      c: { cookie: string; csrf: string },
      method: string,
      path: string,
      body?: unknown,
    ) => {
      const t0 = performance.now();
      const r = await fetch(`${address}${path}`, {
        method,
        headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await r.text();
      if (r.status === 201)
        sentAt.set(`${path.split('/')[3]}:${(JSON.parse(text) as { seq: number }).seq}`, t0);
      if (r.status >= 400 && process.env.KUNREN_BENCH_DEBUG)
        process.stderr.write(`${method} ${path}: ${r.status} ${text}\n`);
      return { status: r.status, ms: performance.now() - t0 };
    };
    const started = await call(
      { cookie: adminCookie, csrf: adminCsrf },
      'POST',
      `/api/exercises/${exercise.record.id}/clock`,
      { command: 'start' },
    );
    if (started.status !== 200) throw new Error(`start: ${started.status}`);

    // Live-update delivery: from a team's action request to each teammate receiving its frame.
    // Keyed by team and seq: the HTTP answer gives the seq, frames may arrive before it.
    const sentAt = new Map<string, number>();
    const frameAt = new Map<string, number[]>();
    for (const c of clients)
      c.ws.on('message', (raw: Buffer) => {
        const f = JSON.parse(raw.toString()) as {
          type: string;
          data?: { type: string; teamId: string; action?: { seq: number } };
        };
        if (f.type === 'update' && f.data?.type === 'action') {
          const key = `${f.data.teamId}:${f.data.action!.seq}`;
          frameAt.set(key, [...(frameAt.get(key) ?? []), performance.now()]);
        }
      });
    const hosts = new Map<string, string[]>();
    for (const c of clients.filter((x, i, a) => a.findIndex((y) => y.teamId === x.teamId) === i)) {
      const r = await fetch(`${address}/api/teams/${c.teamId}/assets`, {
        headers: { cookie: c.cookie },
      });
      const obs = (await r.json()) as { hosts: { name: string; role: string }[] };
      hosts.set(
        c.teamId,
        obs.hosts.filter((h) => h.role === 'workstation').map((h) => h.name),
      );
    }

    const queries = [
      'event.code:4688 | stats count() by host.name | sort -count | head 10',
      'dns.question.name:* | stats count() by dns.question.registered_domain | head 20',
      'event.code:4625 | stats count() by user.name',
    ];
    const huntLat: number[] = [];
    const actionLat: number[] = [];
    let errors = 0;
    const errorKinds = new Map<string, number>();
    const fail = (what: string) => {
      errors++;
      errorKinds.set(what, (errorKinds.get(what) ?? 0) + 1);
    };
    let requests = 0;
    const rss: number[] = [];
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const end = t0 + seconds * 1000;
    const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 5000);
    // How long the event loop was held (server and clients share it): its delay, and the
    // share of wall time it was busy (both also grow when the machine starves the process).
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const elu0 = performance.eventLoopUtilization();
    await Promise.all(
      clients.map(async (c, i) => {
        let nextHunt = t0 + (i / clients.length) * huntEvery;
        let nextAction = t0 + (i / clients.length) * actionEvery;
        let n = 0;
        while (performance.now() < end) {
          const now = performance.now();
          if (now >= nextHunt) {
            nextHunt += huntEvery;
            const r = await call(c, 'POST', `/api/teams/${c.teamId}/hunt`, {
              query: queries[n++ % queries.length],
              limit: 100,
            });
            requests++;
            if (r.status !== 200) fail(`hunt ${r.status}`);
            else huntLat.push(r.ms);
          }
          if (performance.now() >= nextAction) {
            nextAction += actionEvery;
            const list = hosts.get(c.teamId)!;
            const host = list[(i + n) % list.length]!;
            const r = await call(c, 'POST', `/api/teams/${c.teamId}/actions`, {
              action: n % 2 ? 'release-host' : 'isolate-host',
              target: host,
            });
            requests++;
            if (r.status !== 201) fail(`action ${r.status}`);
            else actionLat.push(r.ms);
          }
          await new Promise((r) =>
            setTimeout(r, Math.max(5, Math.min(nextHunt, nextAction) - performance.now())),
          );
        }
      }),
    );
    clearInterval(sampler);
    loopDelay.disable();
    const elu = performance.eventLoopUtilization(elu0);
    const delivery: number[] = [];
    for (const [key, times] of frameAt) {
      const t = sentAt.get(key);
      if (t !== undefined) for (const at of times) delivery.push(at - t);
    }
    const wall = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const sim = exercise.simNow();
    for (const c of clients) c.ws.terminate();
    await server.runtime.stop(); // the ceiling is measured with the simulation stopped
    const top = await ceiling(10, 32);
    const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
    return [
      `Load on loopback, in one process (server and clients share the CPU): ${trainees} trainees in ${teamCount} teams, ×${speed}, a hunt per trainee every ${huntEvery / 1000} s and a response action every ${actionEvery / 1000} s, for ${seconds} s (sim time reached ${(sim / 60000).toFixed(1)} min).`,
      '',
      '| measure | p50 | p99 | count |',
      '|---|---|---|---|',
      `| hunt query (HTTP round trip) | ${ms(pct(huntLat, 50))} | ${ms(pct(huntLat, 99))} | ${huntLat.length} |`,
      `| response action (durable, HTTP round trip) | ${ms(pct(actionLat, 50))} | ${ms(pct(actionLat, 99))} | ${actionLat.length} |`,
      `| live update (action request → teammate's WebSocket frame) | ${ms(pct(delivery, 50))} | ${ms(pct(delivery, 99))} | ${delivery.length} |`,
      `| ceiling: trivial Fastify route, 32 concurrent | ${ms(top.p50)} | ${ms(top.p99)} | ${top.rps.toFixed(0)} req/s |`,
      '',
      `Event loop: busy ${(elu.utilization * 100).toFixed(0)}% of the time, delay p50 ${ms(loopDelay.percentile(50) / 1e6)}, p99 ${ms(loopDelay.percentile(99) / 1e6)}, max ${ms(loopDelay.max / 1e6)}. Load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(', ')} (${cpus().length} cores).`,
      '',
      `Errors: ${errors} of ${requests} requests${errorKinds.size ? ` (${[...errorKinds].map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}. CPU: ${(((cpu.user + cpu.system) / 1e6 / wall) * 100).toFixed(0)}% of one core on average. RSS: ${rss.length ? `${mb(rss[0]!)} at the start, ${mb(Math.max(...rss))} peak, ${mb(rss[rss.length - 1]!)} at the end` : 'not sampled'}.`,
      '',
    ].join('\n');
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [trainees, teams, seconds] = process.argv.slice(2).map(Number);
  process.stdout.write(
    await benchServer({
      ...(trainees ? { trainees } : {}),
      ...(teams ? { teams } : {}),
      ...(seconds ? { seconds } : {}),
    }),
  );
}
