import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandOrganisation, ResponseKind, type Scenario } from '@kunren/domain';
import { loadScenarioFile } from '@kunren/scenario';
import { FLAGSHIP } from './scoringFixture.js';

/** The ATT&CK release in the shared reference data (tests read it from there). */
const ATTACK_FILE = fileURLToPath(
  new URL('../../../../shared/data/attack/enterprise-attack.json', import.meta.url),
);

interface AttackRow {
  id: string;
  tactics: string[];
  revoked: boolean;
  deprecated: boolean;
}

/** The text of a localised field in one language. */
function lang(text: object, tag: string): string | undefined {
  return (text as Record<string, string | undefined>)[tag];
}

let scenario: Scenario;
let attack: Map<string, AttackRow>;

beforeAll(async () => {
  const r = await loadScenarioFile(FLAGSHIP);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.line}:${p.col}: ${p.message}`).join('\n'));
  scenario = r.scenario;
  const json = JSON.parse(readFileSync(ATTACK_FILE, 'utf8')) as { techniques: AttackRow[] };
  attack = new Map(json.techniques.map((t) => [t.id, t]));
});

describe('the flagship ministry-targeted-attack', () => {
  it('loads without a problem', async () => {
    const r = await loadScenarioFile(FLAGSHIP);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('has at least 150 hosts and 200 users once the pools are expanded', () => {
    const org = expandOrganisation(scenario.organisation);
    expect(org.hosts.length).toBeGreaterThanOrEqual(150);
    expect(org.users.length).toBeGreaterThanOrEqual(200);
    expect(new Set(org.hosts.map((h) => h.name)).size).toBe(org.hosts.length);
    expect(new Set(org.hosts.map((h) => h.ip)).size).toBe(org.hosts.length);
  });

  it('simulates three days starting on a working day', () => {
    expect(scenario.length).toBe('72h');
    const offsetH = Number(scenario.organisation.utcOffset.slice(0, 3));
    const local = new Date(Date.parse(scenario.start) + offsetH * 3_600_000);
    const day = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][local.getUTCDay()];
    expect(scenario.background.workdays).toContain(day);
  });

  it('uses 10+ current ATT&CK techniques across 6+ tactics, all listed in the metadata', () => {
    const used = new Set(scenario.adversary.stages.map((s) => s.technique));
    const tactics = new Set<string>();
    for (const id of used) {
      const t = attack.get(id);
      expect(t, `${id} is in ATT&CK`).toBeDefined();
      expect(t?.revoked || t?.deprecated, `${id} is current`).toBe(false);
      for (const tactic of t?.tactics ?? []) tactics.add(tactic);
      expect(scenario.techniques).toContain(id);
    }
    for (const id of scenario.techniques) expect(attack.has(id), id).toBe(true);
    expect(used.size).toBeGreaterThanOrEqual(10);
    expect(tactics.size).toBeGreaterThanOrEqual(6);
  });

  it('follows the CYDER kill chain: phishing, stager, C2, discovery, LSASS, lateral movement, staging, exfiltration', () => {
    const techniques = scenario.adversary.stages.map((s) => s.technique);
    for (const prefix of [
      'T1566',
      'T1059.001',
      'T1071.001',
      'T1087',
      'T1003.001',
      'T1021',
      'T1047',
      'T1560',
      'T1041',
    ]) {
      expect(
        techniques.some((t) => t.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    const lateral = scenario.adversary.stages.filter(
      (s) => s.technique.startsWith('T1021') || s.technique === 'T1047',
    );
    const reached = scenario.adversary.stages
      .flatMap((s) => s.effects ?? [])
      .flatMap((e) => ('foothold' in e ? [e.foothold] : []));
    expect(lateral.length).toBeGreaterThanOrEqual(2);
    expect(reached).toEqual(expect.arrayContaining(['fs01', 'dc01']));
  });

  it('has 15+ tasks, each with a key, evidence and English and Japanese text', () => {
    expect(scenario.tasks.length).toBeGreaterThanOrEqual(15);
    for (const t of scenario.tasks) {
      expect(t.answer.key.length, t.id).toBeGreaterThan(0);
      expect(t.evidence.length, t.id).toBeGreaterThan(0);
      for (const text of [t.title, t.question, t.solution])
        expect(lang(text, 'ja'), t.id).toBeTruthy();
      for (const h of t.hints ?? []) expect(lang(h.text, 'ja'), t.id).toBeTruthy();
    }
    expect(scenario.tasks.some((t) => (t.hints ?? []).some((h) => h.penalty > 0))).toBe(true);
    expect(scenario.tasks.some((t) => t.answer.key.some((k) => k.includes('{{indicator.')))).toBe(
      true,
    );
    expect(scenario.tasks.some((t) => t.answer.key.some((k) => k.includes('{{stage.')))).toBe(true);
  });

  it('offers 10+ response actions covering every action kind', () => {
    expect(scenario.responseActions.length).toBeGreaterThanOrEqual(10);
    const kinds = new Set(scenario.responseActions.map((a) => a.kind));
    for (const k of ResponseKind.anyOf.map((s) => s.const as string)) expect(kinds, k).toContain(k);
  });

  it('has 8+ injects including the vendor and the national CERT, timed and triggered', () => {
    expect(scenario.injects.length).toBeGreaterThanOrEqual(8);
    const roleOf = new Map(scenario.counterparts.map((c) => [c.id, c.role]));
    const roles = new Set(scenario.injects.map((i) => roleOf.get(i.from)));
    expect(roles).toContain('vendor');
    expect(roles).toContain('national-cert');
    const triggers = new Set(scenario.injects.map((i) => Object.keys(i.trigger)[0]));
    expect([...triggers].sort()).toEqual(['action', 'at', 'stage']);
    for (const i of scenario.injects) expect(lang(i.body, 'ja'), i.id).toBeTruthy();
    expect(scenario.counterparts.some((c) => (c.replies ?? []).length > 0)).toBe(true);
  });

  it('reacts to at least three kinds of containment', () => {
    const kinds = new Set(scenario.adversary.reactions.map((r) => r.on));
    expect(kinds.size).toBeGreaterThanOrEqual(3);
    expect(kinds).toContain('c2-blocked');
  });

  it('has its title, briefing, objectives and debrief in English and Japanese', () => {
    for (const text of [scenario.title, scenario.briefing, scenario.debrief.summary]) {
      expect(text.en).toBeTruthy();
      expect(lang(text, 'ja')).toBeTruthy();
    }
    for (const o of [...scenario.objectives, ...scenario.debrief.lessons])
      expect(lang(o, 'ja')).toBeTruthy();
    expect(lang(scenario.title, 'id') && lang(scenario.title, 'vi')).toBeTruthy();
  });

  it('has a reference solution that uses only its own actions', () => {
    const ids = new Set(scenario.responseActions.map((a) => a.id));
    expect(scenario.solution.length).toBeGreaterThan(0);
    for (const s of scenario.solution) expect(ids, s.action).toContain(s.action);
  });
});
