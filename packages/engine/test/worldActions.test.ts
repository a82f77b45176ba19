import { beforeAll, describe, expect, it } from 'vitest';
import type { ActionRecord, Scenario } from '@kunren/domain';
import { createWorld, EngineError, type World } from '@kunren/engine';
import { COMPACT, HOUR, field, run, scenarioAt } from './worldFixture.js';

const SEED = 7;
const TEAM = 'blue';
const MIN = 60_000;
let sc: Scenario;
/** Where the attack lands in this world (stage targets, drawn indicators), from a do-nothing run. */
let idle: { world: World; victim: string; implant: string; c2: string; fallback: string };

beforeAll(async () => {
  sc = await scenarioAt(COMPACT);
  const r = run(sc, SEED, TEAM, 48 * HOUR);
  const t = r.world.truth();
  idle = {
    world: r.world,
    victim: t.stages[0]!.host!,
    implant: r.world.indicators().implantName!,
    c2: r.world.indicators().c2Domain!,
    fallback: r.world.indicators().c2Fallback!,
  };
});

const act = (seq: number, hours: number, action: string, target: string): ActionRecord => ({
  seq,
  at: Math.round(hours * HOUR),
  action,
  target,
});

describe('response actions', () => {
  it('the do-nothing world reaches exfiltration', () => {
    const t = idle.world.truth();
    expect(t.stages.every((s) => s.status === 'done')).toBe(true);
    expect(t.exfiltrated.bytes).toBe(90_000_000);
  });

  it('an unknown action id is refused with engine.action.unknown and the list of actions', () => {
    const w = createWorld(sc, { seed: SEED, team: TEAM });
    const e = (() => {
      try {
        w.apply({ seq: 1, at: 0, action: 'isolat', target: 'ws01' });
      } catch (err) {
        return err as EngineError;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(EngineError);
    expect(e!.id).toBe('engine.action.unknown');
    expect(e!.fix).toContain('isolate');
  });

  it('an unknown host is refused with engine.action.target naming real hosts', () => {
    const w = createWorld(sc, { seed: SEED, team: TEAM });
    expect(() => w.apply({ seq: 1, at: 0, action: 'isolate', target: 'ws99' })).toThrow(
      /engine\.action\.target: isolate: no host "ws99"; give a host name such as dc01/,
    );
  });

  it('an action later than the world is refused with engine.action.time', () => {
    const w = createWorld(sc, { seed: SEED, team: TEAM });
    expect(() => w.apply({ seq: 1, at: HOUR, action: 'isolate', target: 'ws01' })).toThrow(
      /engine\.action\.time/,
    );
  });

  it('defanged domains are accepted: hxxps://evil[.]com/x blocks evil.com', () => {
    const w = createWorld(sc, { seed: SEED, team: TEAM });
    w.apply({
      seq: 1,
      at: 0,
      action: 'block-domain',
      target: `hxxps://${idle.c2.replace('.', '[.]')}/x`,
    });
    expect(w.observe().actions[0]!.target).toBe(idle.c2);
  });

  it('blocking the C2 makes the adversary fall back to its second C2 after the reaction delay', () => {
    const r = run(sc, SEED, TEAM, 30 * HOUR, [act(1, 10.5, 'block-domain', idle.c2)]);
    const t = r.world.truth();
    expect(t.c2[0]).toMatchObject({
      indicator: 'c2Domain',
      inUse: 'c2Fallback',
      domain: idle.fallback,
    });
    const fallbackOk = r.events.filter(
      (e) =>
        field(e, 'event.dataset') === 'squid.log' &&
        field(e, 'url.domain') === idle.fallback &&
        field(e, 'event.outcome') === 'success',
    );
    expect(fallbackOk.length).toBeGreaterThan(0);
    const switchAt = 10.5 * HOUR + 10 * MIN + 30 * MIN;
    expect(
      Math.min(...fallbackOk.map((e) => Date.parse(e['@timestamp']) - r.world.startMs)),
    ).toBeGreaterThanOrEqual(switchAt);
  });

  it('isolating a server takes its business service down and counts the downtime until release', () => {
    const r = run(sc, SEED, TEAM, 20 * HOUR, [
      act(1, 9, 'isolate', 'fs01'),
      act(2, 12, 'release', 'fs01'),
    ]);
    const svc = r.world.observe().services.find((s) => s.id === 'file-sharing')!;
    expect(svc.up).toBe(true);
    expect(svc.downtimeMs).toBe(3 * HOUR);
  });

  it('killing the implant ends its beacon; the run key restarts it 10 minutes later with a new pid', () => {
    const r = run(sc, SEED, TEAM, 14 * HOUR, [
      act(1, 11, 'kill', `${idle.victim}:${idle.implant.toLowerCase()}`),
    ]);
    const beacons = r.world.truth().beacons.filter((b) => b.host === idle.victim);
    expect(beacons.length).toBe(2);
    expect(beacons[0]).toMatchObject({
      alive: false,
      endReason: 'process killed',
      endedAt: 11 * HOUR + 2 * MIN,
    });
    expect(beacons[1]!.alive).toBe(true);
    expect(beacons[1]!.startedAt).toBe(11 * HOUR + 12 * MIN);
    expect(beacons[1]!.pid).not.toBe(beacons[0]!.pid);
  });

  it('a password reset breaks the stolen credential; the adversary re-dumps it an hour later', () => {
    const dumped = idle.world.truth().stages.find((s) => s.id === 'credential-dump')!.doneAt!;
    const at = (dumped + 10 * MIN) / HOUR;
    const r = run(sc, SEED, TEAM, at * HOUR + 3 * HOUR, [act(1, at, 'reset', 'itadmin')]);
    const t = r.world.truth();
    const creds = t.credentials.filter((c) => c.user === 'itadmin');
    expect(creds[0]).toMatchObject({ valid: false, reason: 'reset-password' });
    expect(creds.length).toBe(2);
    expect(creds[1]!.valid).toBe(true);
    expect(creds[1]!.at).toBeGreaterThanOrEqual(at * HOUR + 5 * MIN + HOUR);
    expect(t.stages.find((s) => s.id === 'credential-dump')!.runs).toBe(2);
  });

  it('disabling the stolen account before lateral movement stops the campaign at the file server', () => {
    const dumped = idle.world.truth().stages.find((s) => s.id === 'credential-dump')!.doneAt!;
    const r = run(sc, SEED, TEAM, 48 * HOUR, [
      act(1, (dumped + 5 * MIN) / HOUR, 'disable', 'itadmin'),
    ]);
    const t = r.world.truth();
    expect(t.stages.find((s) => s.id === 'lateral')!.doneAt).toBeNull();
    expect(t.exfiltrated.bytes).toBe(0);
  });

  it('blocking the C2 domain and its fallback before exfiltration keeps the data in', () => {
    const staged = idle.world.truth().stages.find((s) => s.id === 'staging')!.doneAt!;
    const at = staged / HOUR - 1;
    const r = run(sc, SEED, TEAM, 48 * HOUR, [
      act(1, at, 'block-domain', idle.c2),
      act(2, at, 'block-domain', idle.fallback),
    ]);
    expect(r.world.truth().exfiltrated.bytes).toBe(0);
  });

  it('restoring the file server removes the foothold and persistence there, with downtime during the restore', () => {
    const lateral = idle.world.truth().stages.find((s) => s.id === 'lateral')!.doneAt!;
    const at = lateral / HOUR + 0.5;
    const r = run(sc, SEED, TEAM, at * HOUR + 6 * HOUR, [act(1, at, 'restore', 'fs01')]);
    const t = r.world.truth();
    expect(t.footholds.find((f) => f.host === 'fs01')).toMatchObject({
      live: false,
      removedBy: 'restore',
    });
    expect(t.persistence.find((p) => p.host === 'fs01')).toMatchObject({ live: false });
    expect(t.beacons.filter((b) => b.host === 'fs01').every((b) => !b.alive)).toBe(true);
    expect(r.world.observe().services.find((s) => s.id === 'file-sharing')!.downtimeMs).toBe(
      4 * HOUR,
    );
  });

  it('a memory image of the victim shows the implant and its C2 configuration', () => {
    const r = run(sc, SEED, TEAM, 12 * HOUR, [act(1, 11, 'memory', idle.victim)]);
    const ev = r.world.observe().evidence[0]!;
    expect(ev.host).toBe(idle.victim);
    expect(ev.artefacts.some((a) => a.kind === 'process' && a.detail.includes(idle.implant))).toBe(
      true,
    );
    expect(ev.artefacts.find((a) => a.kind === 'c2-config')!.values).toContain(idle.c2);
  });

  it('a memory image of a clean host finds nothing', () => {
    const clean = ['ws01', 'ws02', 'ws03'].find((h) => h !== idle.victim)!;
    const r = run(sc, SEED, TEAM, 12 * HOUR, [act(1, 11, 'memory', clean)]);
    expect(r.world.observe().evidence[0]!.artefacts).toEqual([
      { kind: 'none', detail: 'nothing malicious found', values: [] },
    ]);
  });

  it('notifying the CERT fires the inject that action triggers, after its delay', () => {
    const r = run(sc, SEED, TEAM, 12 * HOUR, [act(1, 10, 'notify', 'cert')]);
    const inj = r.outputs.find((o) => o.type === 'inject' && o.id === 'thanks');
    expect(inj?.at).toBe(10 * HOUR + MIN + 10 * MIN);
  });

  it('resolve expands answer-key templates in this world', () => {
    expect(idle.world.resolve('{{indicator.c2Domain}}')).toBe(idle.c2);
    expect(idle.world.resolve('{{stage.initial-access.host}}')).toBe(idle.victim);
    const fresh = createWorld(sc, { seed: SEED, team: TEAM });
    expect(fresh.resolve('{{stage.lateral.host}}')).toBe('{{stage.lateral.host}}');
    expect(() => fresh.resolve('{{stage.lateral.host}}', true)).toThrow(/engine\.resolve\.unknown/);
  });
});
