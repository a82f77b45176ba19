import { fileURLToPath } from 'node:url';
import type { Scenario } from '@kunren/domain';
import { loadScenarioFile } from '@kunren/scenario';
import type { ScoringTruth, Submission, TruthStage } from '../src/index.js';
import { resolvedKeys } from '../src/index.js';

/** Path of the flagship scenario. */
export const FLAGSHIP = fileURLToPath(
  new URL('../../../content/scenarios/ministry-targeted-attack/scenario.yaml', import.meta.url),
);

/** Loads the flagship scenario, failing the test with its problems if it does not load. */
export async function loadFlagship(): Promise<Scenario> {
  const r = await loadScenarioFile(FLAGSHIP);
  if (!r.ok) throw new Error(`flagship does not load: ${JSON.stringify(r.problems)}`);
  return r.scenario;
}

const H = 3_600_000;

/** Sample indicator values for every indicator template of the scenario, one per kind. */
export function sampleIndicators(scenario: Scenario): Record<string, string> {
  const out: Record<string, string> = {};
  let n = 0;
  for (const [name, t] of Object.entries(scenario.adversary.indicators)) {
    n++;
    if ('words' in t) out[name] = `${t.words[0]}-${t.words[1]}${n}.${t.tlds[0]}`;
    else if ('cidrs' in t)
      out[name] = `${(t.cidrs[0] as string).split('/')[0]?.replace(/\.0$/, '')}.${n}`;
    else if ('values' in t) out[name] = t.values[n % t.values.length] as string;
    else
      out[name] = String(n)
        .padStart(2, '0')
        .repeat(t.kind === 'md5' ? 16 : 32);
  }
  return out;
}

/** Hosts the flagship's stages run on in the fixture. */
const STAGE_HOST: Record<string, string> = { 'initial-access': 'ws-ic07' };

/**
 * A truth in which the campaign's first `reached` stages completed one hour apart from
 * 10:00 on day one; implants and footholds still live unless `containedAt` is given (then
 * everything was taken away at that time); exfiltration when the `exfiltration` stage is
 * among those reached.
 */
export function truthOf(
  scenario: Scenario,
  opts: { reached: number; containedAt?: number },
): ScoringTruth {
  const end = opts.containedAt ?? null;
  const stages: TruthStage[] = scenario.adversary.stages.map((s, i) => {
    const done = i < opts.reached;
    const host = STAGE_HOST[s.id] ?? (i < 10 ? 'ws-ic07' : i < 15 ? 'fs01' : 'dc01');
    return {
      id: s.id,
      technique: s.technique,
      status: done ? 'done' : 'pending',
      startedAt: done ? 10 * H + i * H : null,
      doneAt: done ? 10 * H + i * H : null,
      runs: done ? 1 : 0,
      host: done ? host : null,
      user: done ? (i < 10 ? 'ahakim' : 'SYSTEM') : null,
      actor: done ? host : null,
      reason: '',
    };
  });
  const exfil = stages.find((s) => s.id === 'exfiltration' && s.status === 'done');
  const hosts = opts.reached > 3 ? (opts.reached > 12 ? ['ws-ic07', 'fs01'] : ['ws-ic07']) : [];
  const holding = (host: string) => ({
    host,
    at: 11 * H,
    stage: 'implant-load',
    live: end === null,
    removedAt: end,
    removedBy: end === null ? null : 'isolate-host',
  });
  return {
    now: 72 * H,
    indicators: sampleIndicators(scenario),
    stages,
    footholds: hosts.map(holding),
    credentials:
      opts.reached > 10
        ? [
            {
              user: 'r.hidayat',
              at: 20 * H,
              stage: 'credential-dump',
              valid: end === null,
              invalidatedAt: end,
              reason: end === null ? '' : 'password reset',
            },
          ]
        : [],
    beacons: hosts.map((host, i) => ({
      host,
      pid: 4000 + i,
      image: 'C:\\Windows\\System32\\rundll32.exe',
      domain: 'c2.example',
      alive: end === null,
      startedAt: 11 * H,
      endedAt: end,
      endReason: end === null ? '' : 'isolated',
      checkins: 10,
    })),
    persistence: hosts.map((host) => ({
      ...holding(host),
      kind: 'run-key',
      artifact: 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\x',
    })),
    malware: [],
    exfiltrated: { bytes: exfil ? 734_003_200 : 0, at: exfil?.doneAt ?? null },
  };
}

/** Every task answered with its resolved key (choice keys as given, text graded full). */
export function perfectAnswers(scenario: Scenario, truth: ScoringTruth, at: number): Submission[] {
  return scenario.tasks.map((t) => {
    const keys = resolvedKeys(t, scenario, truth) ?? t.answer.key;
    return t.answer.type === 'text'
      ? { task: t.id, at, answer: keys.join(' '), evaluatorCredit: 1 }
      : { task: t.id, at, answer: keys.join(', ') };
  });
}
