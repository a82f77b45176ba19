import { gradeAnswer, type Scenario } from '@kunren/domain';
import {
  resolvedKeys,
  scoreTeam,
  type ScoringObservations,
  type ScoringTruth,
} from '@kunren/engine';
import type { EnginePort, WorldHandle } from '../runtime/EnginePort.js';
import { optionalExport } from './optionalExport.js';

type CreateWorld = (scenario: Scenario, options: { seed: number; team: string }) => WorldHandle;

/** The engine's worlds, the domain's answer grading and the engine's scoring behind the port. */
export async function engineAdapter(): Promise<EnginePort> {
  const createWorld = await optionalExport<CreateWorld>('@kunren/engine', 'createWorld');
  return {
    createWorld: (scenario, options) => createWorld(scenario, options),
    gradeAnswer(scenario, task, answer, world) {
      const truth = world.truth() as ScoringTruth;
      const keys = resolvedKeys(task, scenario, truth);
      if (!keys) return { correct: false, credit: 0, feedback: 'grading.not-yet-answerable' };
      const g = gradeAnswer(task.answer, keys, answer, {
        utcOffset: scenario.organisation.utcOffset,
      });
      return { correct: g.correct, credit: g.correct ? 1 : g.fraction, feedback: g.feedbackId };
    },
    score(input) {
      const score = scoreTeam({
        scenario: input.scenario,
        truth: input.world.truth() as ScoringTruth,
        observations: input.world.observe() as ScoringObservations,
        submissions: input.submissions.map((s) => ({ task: s.taskId, at: s.at, answer: s.answer })),
        hintsUsed: input.hintsUsed.map((h) => ({ task: h.taskId, hint: h.hint })),
        ...(input.report ? { report: input.report } : {}),
      });
      return {
        total: score.total,
        max: score.max,
        components: score.components.map(({ id, points, max }) => ({ id, points, max })),
      };
    },
  };
}
