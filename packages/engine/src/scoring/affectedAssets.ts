import type { ScoringTruth } from './ScoreInput.js';

/** What the adversary touched in this world, lower-cased for comparison with action targets. */
export interface AffectedAssets {
  /** Hosts it held or targeted in a completed stage. */
  readonly hosts: ReadonlySet<string>;
  /** Accounts it stole or targeted. */
  readonly users: ReadonlySet<string>;
  /** Indicator values of this world (C2 domains and IPs, hashes, file names…). */
  readonly indicators: readonly string[];
}

/** Collects the affected hosts, users and indicator values from the truth. */
export function affectedAssets(truth: ScoringTruth): AffectedAssets {
  const hosts = new Set<string>();
  const users = new Set<string>();
  for (const f of truth.footholds) hosts.add(f.host.toLowerCase());
  for (const s of truth.stages) {
    if (s.status !== 'done') continue;
    if (s.host) hosts.add(s.host.toLowerCase());
    if (s.actor) hosts.add(s.actor.toLowerCase());
    if (s.user) users.add(s.user.toLowerCase());
  }
  for (const c of truth.credentials) users.add(c.user.toLowerCase());
  const indicators = Object.keys(truth.indicators)
    .sort()
    .map((k) => (truth.indicators[k] as string).toLowerCase())
    .filter((v) => v.length >= 4);
  return { hosts, users, indicators };
}

/** Whether an action target names an affected asset (exactly, or by containing an indicator). */
export function touchesAffected(target: string, assets: AffectedAssets): boolean {
  const t = target.trim().toLowerCase();
  const short = t.split('.')[0] ?? t;
  if (assets.hosts.has(t) || assets.hosts.has(short) || assets.users.has(t)) return true;
  return assets.indicators.some((v) => t === v || t.includes(v));
}
