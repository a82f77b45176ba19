import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './harness.js';
import { clock, setUpDrill, type Drill } from './exerciseFlow.js';

const HOUR = 3_600_000;

interface Assets {
  simTime: number;
  hosts: { name: string; state: string; isolated: boolean }[];
  users: { username: string; department: string; disabled: boolean }[];
  userCounts: {
    total: number;
    disabled: number;
    byDepartment: { department: string; users: number; disabled: number }[];
  };
  services: {
    id: string;
    name: Record<string, string>;
    state: string;
    hosts: string[];
    users: number | null;
    downtimeMs: number;
  }[];
}

describe('assets: hosts, user counts and business services as the team observes them', () => {
  let t: Awaited<ReturnType<typeof testServer>>;
  let d: Drill;
  beforeAll(async () => {
    t = await testServer();
    d = await setUpDrill(t.server);
    await clock(t.server, d, { command: 'start' });
    await clock(t.server, d, { command: 'jump', to: HOUR });
  });
  afterAll(() => t.dispose());

  const assets = async (team = d.teams.A) =>
    (
      await t.server.app.inject({
        method: 'GET',
        url: `/api/teams/${team}/assets`,
        headers: d.a1.headers,
      })
    ).json() as Assets;
  const act = (action: string, target: string) =>
    t.server.app.inject({
      method: 'POST',
      url: `/api/teams/${d.teams.A}/actions`,
      headers: d.a1.headers,
      payload: { action, target },
    });

  it('services carry their name, the hosts they need, who depends on them, and are up at first', async () => {
    const a = await assets();
    const spec = t.server.runtime.get(d.exerciseId).scenario.organisation.services;
    expect(a.services.map((s) => s.id)).toEqual(spec.map((s) => s.id));
    for (const s of a.services) {
      const want = spec.find((x) => x.id === s.id)!;
      expect(s).toMatchObject({ name: want.name, hosts: want.hosts, users: want.users ?? null });
      expect(s.state).toBe('up');
    }
  });

  it('user counts per department add up to the users the team can see', async () => {
    const a = await assets();
    expect(a.userCounts.total).toBe(a.users.length);
    expect(a.userCounts.byDepartment.reduce((n, x) => n + x.users, 0)).toBe(a.users.length);
    for (const dep of a.userCounts.byDepartment)
      expect(dep.users).toBe(a.users.filter((u) => u.department === dep.department).length);
    expect(a.userCounts.disabled).toBe(0);
  });

  it('isolating a host degrades its services while under way, then takes them down', async () => {
    const before = await assets();
    const service = before.services.find((s) => s.hosts.length > 1)!;
    const host = service.hosts[0]!;
    expect((await act('isolate-host', host)).statusCode).toBe(201);
    const during = await assets();
    expect(during.services.find((s) => s.id === service.id)!.state).toBe('degraded');
    for (const s of during.services.filter((x) => !x.hosts.includes(host)))
      expect(s.state, s.id).toBe('up');
    await clock(t.server, d, { command: 'jump', to: 2 * HOUR });
    const after = await assets();
    const down = after.services.find((s) => s.id === service.id)!;
    expect(down.state).toBe('down');
    expect(down.downtimeMs).toBeGreaterThan(0);
    expect(after.hosts.find((h) => h.name === host)).toMatchObject({
      state: 'isolated',
      isolated: true,
    });
  });

  it('a disabled account counts in its department', async () => {
    const user = (await assets()).users[0]!;
    expect((await act('disable-account', user.username)).statusCode).toBe(201);
    await clock(t.server, d, { command: 'jump', to: 3 * HOUR });
    const a = await assets();
    expect(a.userCounts.disabled).toBe(1);
    expect(a.userCounts.byDepartment.find((x) => x.department === user.department)!.disabled).toBe(
      1,
    );
  });

  it("another team's world is untouched by team A's actions", async () => {
    const b = (
      await t.server.app.inject({
        method: 'GET',
        url: `/api/teams/${d.teams.B}/assets`,
        headers: d.b1.headers,
      })
    ).json() as Assets;
    expect(b.services.every((s) => s.state === 'up')).toBe(true);
    expect(b.userCounts.disabled).toBe(0);
  });
});
