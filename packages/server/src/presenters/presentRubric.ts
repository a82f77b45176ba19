import { reportRubricOf, type Localized } from '@kunren/domain';
import { Type, type Static } from '@sinclair/typebox';
import type { ExerciseRuntime } from '../runtime/ExerciseRuntime.js';

const Text = Type.Record(Type.String(), Type.String());

/** The report rubric as evaluators use it for one team (staff only: guidance is a key). */
export const RubricView = Type.Object({
  criteria: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Text,
      description: Type.Optional(Text),
      guidance: Type.Optional(
        Type.Record(Type.String(), Type.String(), {
          description: "The evaluator's key, resolved in the team's world",
        }),
      ),
      points: Type.Integer({ description: 'Maximum points' }),
    }),
  ),
  max: Type.Integer(),
});
/** A rubric view. */
export type RubricView = Static<typeof RubricView>;

/** Presents the scenario's rubric for a team, its guidance templates resolved in the team's world. */
export function presentRubric(exercise: ExerciseRuntime, teamId: string): RubricView {
  const world = exercise.team(teamId).world;
  const resolve = (text: Localized) =>
    Object.fromEntries(Object.entries(text).map(([lang, s]) => [lang, world.resolve(s)]));
  const rubric = reportRubricOf(exercise.scenario);
  return {
    criteria: rubric.map((c) => ({
      id: c.id,
      title: c.title,
      ...(c.description ? { description: c.description } : {}),
      ...(c.guidance ? { guidance: resolve(c.guidance) } : {}),
      points: c.points,
    })),
    max: rubric.reduce((s, c) => s + c.points, 0),
  };
}
