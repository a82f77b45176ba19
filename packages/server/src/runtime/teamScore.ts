import type { StateStore } from '../state/StateStore.js';
import type { ExerciseRuntime } from './ExerciseRuntime.js';
import type { EnginePort, TeamScore } from './EnginePort.js';

/** The rubric grade as a 0–1 fraction, or undefined when ungraded. */
function reportFraction(grade: unknown): number | undefined {
  if (!grade || typeof grade !== 'object') return undefined;
  const { total, max } = grade as { total?: unknown; max?: unknown };
  return typeof total === 'number' && typeof max === 'number' && max > 0 ? total / max : undefined;
}

/** A team's score now, computed by the engine's scoring from the world and the team's record. */
export async function teamScore(
  engine: EnginePort,
  state: StateStore,
  exercise: ExerciseRuntime,
  teamId: string,
): Promise<TeamScore> {
  const team = exercise.team(teamId);
  const [submissions, hints, report] = await Promise.all([
    state.listSubmissions(teamId),
    state.listHints(teamId),
    state.getReport(teamId),
  ]);
  const fraction = reportFraction(report?.grade);
  return engine.score({
    scenario: exercise.scenario,
    world: team.world,
    submissions: submissions.map((s) => ({ taskId: s.taskId, at: s.simAt, answer: s.answer })),
    hintsUsed: hints
      .filter((h) => h.status === 'granted')
      .map((h) => ({ taskId: h.taskId, hint: h.hintIndex })),
    ...(fraction === undefined ? {} : { report: { score: fraction } }),
  });
}
