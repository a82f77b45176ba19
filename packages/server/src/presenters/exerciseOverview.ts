import type { EnginePort } from '../runtime/EnginePort.js';
import type { ExerciseRuntime } from '../runtime/ExerciseRuntime.js';
import { isResponseAction } from '../runtime/sendNowAction.js';
import { teamScore } from '../runtime/teamScore.js';
import type { TeamOverview } from '../schemas/teamOverview.js';
import type { StateStore } from '../state/StateStore.js';
import { presentOverview } from './presentOverview.js';

/** Every team of `exercise` for the instructor's live board, in team order (staff only). */
export async function exerciseOverview(
  engine: EnginePort,
  state: StateStore,
  exercise: ExerciseRuntime,
): Promise<TeamOverview[]> {
  return Promise.all(
    exercise.teamRecords.map(async (t) => {
      const [actions, submissions, triage, score] = await Promise.all([
        state.listActions(t.id).then((all) => all.filter(isResponseAction)),
        state.listSubmissions(t.id),
        state.listTriage(t.id),
        teamScore(engine, state, exercise, t.id),
      ]);
      return presentOverview(exercise, t.id, { actions, submissions, triage, score });
    }),
  );
}
