import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionRecord, EcsEvent, Scenario } from '@kunren/domain';
import { createWorld } from '@kunren/engine';
import { COMPACT, HOUR, field, run, scenarioAt } from './worldFixture.js';

const UNTIL = 30 * HOUR;
const MIN = 60_000;

let scenario: Scenario;
const load = async () => (scenario ??= await scenarioAt(COMPACT));

const HOSTS = ['ws01', 'ws02', 'ws03', 'ws04', 'ws05', 'ws06', 'ws07', 'fs01', 'dc01', 'app01'];

/** Whether a record was sent by or logged on the host (its name, or its address as source). */
function fromHost(e: EcsEvent, name: string, ip: string): boolean {
  if (field(e, 'host.name') === name) return true;
  const src = field(e, 'source.ip');
  return src === ip || src === `::ffff:${ip}`;
}

describe('engine invariants (fast-check)', () => {
  it('an isolated host sends nothing after its isolation lands', async () => {
    const sc = await load();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(...HOSTS),
        fc.integer({ min: 6 * 60, max: 26 * 60 }),
        async (seed, host, minute) => {
          const at = minute * MIN;
          const effect = at + 5 * MIN;
          const r = run(sc, seed, 'prop', UNTIL, [{ seq: 1, at, action: 'isolate', target: host }]);
          const ip = r.world.observe().hosts.find((h) => h.name === host)!.ip;
          expect(r.world.observe().hosts.find((h) => h.name === host)!.isolated).toBe(true);
          for (const o of r.outputs) {
            if (o.type !== 'event' || o.at <= effect) continue;
            if (fromHost(o.event, host, ip)) {
              throw new Error(
                `${host} isolated at ${effect} but sent ${JSON.stringify(o.event).slice(0, 300)}`,
              );
            }
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('a blocked domain never yields a successful connection (DNS still resolves)', async () => {
    const sc = await load();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 8 * 60, max: 20 * 60 }),
        async (seed, minute) => {
          const domain = createWorld(sc, { seed, team: 'prop' }).indicators().c2Domain!;
          const at = minute * MIN;
          const effect = at + 10 * MIN;
          const r = run(sc, seed, 'prop', UNTIL, [
            { seq: 1, at, action: 'block-domain', target: domain },
          ]);
          for (const o of r.outputs) {
            if (o.type !== 'event' || o.at <= effect) continue;
            const e = o.event;
            const dest = field(e, 'destination.domain') ?? field(e, 'url.domain');
            if (dest !== domain) continue;
            const types = (field(e, 'event.type') as string[] | undefined) ?? [];
            const ok = types.includes('denied') || field(e, 'event.outcome') === 'failure';
            if (!ok)
              throw new Error(
                `blocked ${domain} at ${effect} but: ${JSON.stringify(e).slice(0, 300)}`,
              );
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('no effect before its cause, under any action log', async () => {
    const sc = await load();
    const actionIds = sc.responseActions.map((a) => a.id);
    const targetsFor = (kind: string, world: ReturnType<typeof createWorld>): string[] => {
      const ind = world.indicators();
      switch (kind) {
        case 'host':
          return HOSTS;
        case 'ip':
          return [ind.c2Ip!, '198.51.100.20'];
        case 'domain':
          return [ind.c2Domain!, ind.c2Fallback!, 'www.bbc.com'];
        case 'user':
          return [
            'itadmin',
            ...world
              .observe()
              .users.slice(1, 4)
              .map((u) => u.username),
          ];
        case 'process':
          return ['ws01:powershell.exe', `ws06:${ind.implantName}`, '4242'];
        case 'file':
          return [ind.dropperHash!];
        case 'persistence':
          return ['Updater', 'fs01:WinSvcUpd'];
        default:
          return ['cert'];
      }
    };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.array(
          fc.record({
            minute: fc.integer({ min: 6 * 60, max: 28 * 60 }),
            action: fc.constantFrom(...actionIds),
            pick: fc.nat(),
          }),
          { maxLength: 6 },
        ),
        async (seed, picks) => {
          const probe = createWorld(sc, { seed, team: 'prop' });
          const actions: ActionRecord[] = picks.map((p, i) => {
            const def = sc.responseActions.find((a) => a.id === p.action)!;
            const targets = targetsFor(def.target, probe);
            return {
              seq: i + 1,
              at: p.minute * MIN,
              action: p.action,
              target: targets[p.pick % targets.length]!,
            };
          });
          const r = run(sc, seed, 'prop', UNTIL, actions);
          checkCausality(r.outputs, sc);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('per-team seeds give each team different indicators, the same team the same', async () => {
    const sc = await load();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.string({ minLength: 1, maxLength: 12 }),
        (seed, a, b) => {
          fc.pre(a !== b);
          const ia = createWorld(sc, { seed, team: a }).indicators();
          expect(createWorld(sc, { seed, team: a }).indicators()).toEqual(ia);
          expect(createWorld(sc, { seed, team: b }).indicators()).not.toEqual(ia);
          expect(createWorld(sc, { seed, team: b }).indicators().dropperHash).not.toBe(
            ia.dropperHash,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** Causal order checks over one run's outputs (throws on the first violation). */
function checkCausality(outputs: ReturnType<typeof run>['outputs'], sc: Scenario): void {
  let last = -Infinity;
  const logons = new Set<string>();
  const lookups = new Map<string, number>();
  const created = new Map<string, number>();
  const stageDone = new Map<string, number>();
  for (const o of outputs) {
    if (o.at < last) throw new Error(`output at ${o.at} after one at ${last}`);
    last = o.at;
    if (o.type === 'stage') {
      if (o.status !== 'done') continue;
      const st = sc.adversary.stages.find((s) => s.id === o.id)!;
      for (const dep of st.after ?? []) {
        if (!stageDone.has(dep)) throw new Error(`stage ${o.id} done before ${dep}`);
      }
      if (!stageDone.has(o.id)) stageDone.set(o.id, o.at);
      continue;
    }
    if (o.type === 'inject') {
      const inj = sc.injects.find((i) => i.id === o.id)!;
      if ('stage' in inj.trigger && !stageDone.has(inj.trigger.stage)) {
        throw new Error(`inject ${o.id} before stage ${inj.trigger.stage}`);
      }
      continue;
    }
    if (o.type !== 'event') continue;
    const e = o.event;
    const ds = field(e, 'event.dataset');
    const code = field(e, 'event.code');
    const host = field(e, 'host.name') as string;
    if (ds === 'windows.security' && code === '4624') {
      logons.add(`${host}/${String(field(e, 'winlog.event_data.TargetLogonId'))}`);
    } else if (ds === 'windows.security' && code === '4634') {
      const key = `${host}/${String(field(e, 'winlog.event_data.TargetLogonId'))}`;
      if (!logons.has(key)) throw new Error(`4634 without an earlier 4624: ${key}`);
    } else if (ds === 'zeek.dns') {
      const key = `${String(field(e, 'source.ip'))}/${String(field(e, 'dns.question.name'))}`;
      if (!lookups.has(key)) lookups.set(key, o.at);
    } else if (ds === 'squid.log') {
      const d = String(field(e, 'url.domain'));
      if (/^\d+\.\d+\.\d+\.\d+$/.test(d)) continue;
      const key = `${String(field(e, 'source.ip'))}/${d}`;
      if (!lookups.has(key)) throw new Error(`proxy record for ${key} before any DNS lookup`);
    } else if (ds === 'windows.sysmon_operational' && code === '1') {
      const id = String(field(e, 'process.entity_id'));
      const parent = String(field(e, 'process.parent.entity_id'));
      const parentAt = created.get(parent);
      if (parentAt !== undefined && parentAt > o.at)
        throw new Error(`${id} started before its parent ${parent}`);
      if (!created.has(id)) created.set(id, o.at);
    }
  }
}
