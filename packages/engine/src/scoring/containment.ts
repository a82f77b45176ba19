import type { AttackTimeline } from './attackTimeline.js';
import type { ScoringTruth } from './ScoreInput.js';

/** Whether and when the adversary was cut off. */
export type Containment =
  | { readonly contained: true; readonly at: number; readonly beforeExfiltration: boolean }
  | { readonly contained: false; readonly reason: string };

/**
 * The adversary is cut off when it has no live implant, foothold or working credential left
 * (the truth's `contained`); that happened at the last of those losses, or at its last
 * completed stage if that came later.
 */
export function containment(truth: ScoringTruth, timeline: AttackTimeline): Containment {
  if (timeline.startedAt === undefined) {
    return { contained: false, reason: 'the attack has not begun yet' };
  }
  const beacons = truth.beacons.filter((b) => b.alive).map((b) => b.host);
  const footholds = truth.footholds.filter((f) => f.removedAt === null).map((f) => f.host);
  const credentials = truth.credentials.filter((c) => c.valid).map((c) => c.user);
  const contained =
    truth.contained ?? (beacons.length === 0 && footholds.length === 0 && credentials.length === 0);
  if (!contained) {
    const parts = [
      beacons.length ? `implants still check in from ${unique(beacons)}` : '',
      footholds.length ? `footholds remain on ${unique(footholds)}` : '',
      credentials.length ? `stolen credentials of ${unique(credentials)} still work` : '',
    ].filter((p) => p !== '');
    return { contained: false, reason: parts.join('; ') || 'the adversary is still active' };
  }
  let at = timeline.startedAt;
  const later = (t: number | null): void => {
    if (t !== null && t > at) at = t;
  };
  for (const b of truth.beacons) later(b.endedAt);
  for (const f of truth.footholds) later(f.removedAt);
  for (const c of truth.credentials) later(c.invalidatedAt);
  for (const s of timeline.done) later(s.doneAt);
  const exfil = truth.exfiltrated.bytes > 0 ? truth.exfiltrated.at : null;
  return { contained: true, at, beforeExfiltration: exfil === null || exfil > at };
}

/** Distinct names, comma-separated. */
function unique(names: readonly string[]): string {
  return [...new Set(names)].join(', ');
}
