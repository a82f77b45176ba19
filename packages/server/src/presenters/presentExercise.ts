import { Type, type Static } from '@sinclair/typebox';
import { clockView } from '../runtime/clockView.js';
import type { ExerciseRuntime } from '../runtime/ExerciseRuntime.js';
import { ClockView } from '../schemas/frames.js';
import type { TeamRecord } from '../state/StateStore.js';
import { MemberView } from './teamMembers.js';

/** An exercise as a caller sees it: trainees see only their own team. */
export const ExerciseView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  scenarioId: Type.String(),
  title: Type.Record(Type.String(), Type.String()),
  briefing: Type.Record(Type.String(), Type.String()),
  start: Type.String({ description: 'Sim time zero (ISO 8601 UTC)' }),
  clock: ClockView,
  scoreboard: Type.String(),
  hintPolicy: Type.Union([Type.Literal('instructor'), Type.Literal('automatic')], {
    description: 'Who grants hint requests',
  }),
  programmeId: Type.Union([Type.String(), Type.Null()]),
  roundId: Type.Union([Type.String(), Type.Null()]),
  teams: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), members: Type.Array(MemberView) }),
  ),
});
/** An exercise view. */
export type ExerciseView = Static<typeof ExerciseView>;

/**
 * Presents an exercise; `visibleTeams` are the teams the caller may know of, `members` their
 * members (see `teamMembers`).
 */
export function presentExercise(
  exercise: ExerciseRuntime,
  visibleTeams: readonly TeamRecord[],
  now: number,
  members: ReadonlyMap<string, readonly MemberView[]>,
): ExerciseView {
  const { record, scenario } = exercise;
  return {
    id: record.id,
    name: record.name,
    scenarioId: record.scenarioId,
    title: scenario.title,
    briefing: scenario.briefing,
    start: scenario.start,
    clock: clockView(record.clock, now, scenario.start, exercise.length),
    scoreboard: record.scoreboard,
    hintPolicy: record.hintPolicy,
    programmeId: record.programmeId,
    roundId: record.roundId,
    teams: visibleTeams.map((t) => ({
      id: t.id,
      name: t.name,
      members: [...(members.get(t.id) ?? [])],
    })),
  };
}
