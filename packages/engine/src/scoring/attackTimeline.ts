import type { ScoringTruth, TruthStage } from './ScoreInput.js';

/** The campaign as it went: completed stages in time order and when the attack began. */
export interface AttackTimeline {
  /** Stages that completed, ordered by completion time (ties by their order in the truth). */
  readonly done: readonly TruthStage[];
  /** Completion time of the first stage, or undefined when nothing happened yet. */
  readonly startedAt: number | undefined;
}

/** Orders the completed stages of a truth by time. */
export function attackTimeline(truth: ScoringTruth): AttackTimeline {
  const done = truth.stages
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.status === 'done' && s.doneAt !== null)
    .sort((a, b) => (a.s.doneAt as number) - (b.s.doneAt as number) || a.i - b.i)
    .map(({ s }) => s);
  return { done, startedAt: done[0]?.doneAt ?? undefined };
}

/** How many completed stages had completed by sim time `t` (inclusive). */
export function stagesDoneBy(timeline: AttackTimeline, t: number): number {
  let n = 0;
  for (const s of timeline.done) if (s.doneAt !== null && s.doneAt <= t) n++;
  return n;
}
