import type { AttackTimeline } from './attackTimeline.js';
import type { ScoringTruth } from './ScoreInput.js';

/** Whether and when the adversary was cut off. */
export type Containment =
  | { readonly contained: true; readonly at: number; readonly beforeExfiltration: boolean }
  | { readonly contained: false; readonly reason: string };

/**
 * The adversary is cut off when none of its C2 implants is still checking in at the end of
 * the truth; it happened at the last moment it still acted (the last implant's end, or a
 * later completed stage).
 */
export function containment(truth: ScoringTruth, timeline: AttackTimeline): Containment {
  if (timeline.startedAt === undefined) {
    return { contained: false, reason: 'the attack has not begun yet' };
  }
  const alive = truth.beacons.filter((b) => b.alive);
  if (alive.length > 0) {
    const hosts = [...new Set(alive.map((b) => b.host))].join(', ');
    return { contained: false, reason: `implants still check in from ${hosts}` };
  }
  let at = timeline.startedAt;
  for (const b of truth.beacons) if (b.endedAt > at) at = b.endedAt;
  for (const s of timeline.done) if (s.doneAt > at) at = s.doneAt;
  const exfil = truth.exfiltratedBytes > 0 ? truth.exfiltratedAt : -1;
  return { contained: true, at, beforeExfiltration: exfil < 0 || exfil > at };
}
