import type { TeamScore } from '../runtime/EnginePort.js';
import type { ScoreView } from '../schemas/frames.js';

/** A score as its team sees it: figures per component, no explanations (they cite ground truth). */
export function presentScore(score: TeamScore): ScoreView {
  return {
    total: score.total,
    max: score.max,
    components: score.components.map((c) => ({ id: c.id, points: c.points, max: c.max })),
  };
}
