import type { AttackTimeline } from './attackTimeline.js';
import type { ScoringTruth } from './ScoreInput.js';

/** Whether and when the adversary was cut off. */
export type Containment =
  | { readonly contained: true; readonly at: number; readonly beforeExfiltration: boolean }
  | { readonly contained: false; readonly reason: string };

/**
 * Hosts where the adversary can still act: an implant checks in from it, or it holds a
 * foothold there that persistence can bring back (live autostart, implant file not
 * quarantined).
 */
function liveHosts(truth: ScoringTruth): { beaconing: string[]; restartable: string[] } {
  const beaconing = [...new Set(truth.beacons.filter((b) => b.alive).map((b) => b.host))];
  const restartable: string[] = [];
  for (const f of truth.footholds) {
    if (f.removedAt !== null || beaconing.includes(f.host) || restartable.includes(f.host)) {
      continue;
    }
    const autostart = truth.persistence.some(
      (p) => p.host === f.host && p.removedAt === null && p.kind !== 'account',
    );
    const files = truth.malware.filter((m) => m.host === f.host);
    const last = files[files.length - 1];
    if (autostart && (last === undefined || last.removedAt === null)) restartable.push(f.host);
  }
  return { beaconing, restartable };
}

/**
 * The adversary is cut off when no implant checks in any more and no foothold can come back
 * through its persistence. That happened at the last of the defenders' blows (an implant
 * ended, a persistence removed, a file quarantined, a foothold taken back) or at the
 * adversary's last completed stage, whichever came later.
 */
export function containment(truth: ScoringTruth, timeline: AttackTimeline): Containment {
  if (timeline.startedAt === undefined) {
    return { contained: false, reason: 'the attack has not begun yet' };
  }
  const { beaconing, restartable } = liveHosts(truth);
  if (beaconing.length > 0 || restartable.length > 0) {
    const parts = [
      beaconing.length ? `implants still check in from ${beaconing.join(', ')}` : '',
      restartable.length ? `persistence can restart implants on ${restartable.join(', ')}` : '',
    ].filter((p) => p !== '');
    return { contained: false, reason: parts.join('; ') };
  }
  let at = timeline.startedAt;
  const later = (t: number | null): void => {
    if (t !== null && t > at) at = t;
  };
  for (const b of truth.beacons) later(b.endedAt);
  for (const x of [...truth.footholds, ...truth.persistence, ...truth.malware]) later(x.removedAt);
  for (const s of timeline.done) later(s.doneAt);
  const exfil = truth.exfiltrated.bytes > 0 ? truth.exfiltrated.at : null;
  return { contained: true, at, beforeExfiltration: exfil === null || exfil > at };
}
