import { useEffect, useRef } from 'react';
import { useSession } from '../../app/SessionContext.js';

/**
 * Calls `onChange` (at most once a second) when anything happens in the exercise: the
 * staff room (but its live-board frames) and every team's room.
 */
export function useExerciseActivity(onChange: () => void): void {
  const { live, exercise } = useSession();
  const ref = useRef(onChange);
  ref.current = onChange;
  const teamIds = exercise?.teams.map((t) => t.id).join(',') ?? '';
  useEffect(() => {
    if (!exercise) return undefined;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const poke = () => {
      if (pending) return;
      pending = setTimeout(() => {
        pending = undefined;
        ref.current();
      }, 1000);
    };
    const offs = [
      // The live board repeats what the team rooms already said: it is no news here.
      live.subscribe(`staff:${exercise.id}`, (f) => {
        if (f.type !== 'overview') poke();
      }),
      ...exercise.teams.map((t) => live.subscribe(`team:${t.id}`, poke)),
    ];
    return () => {
      clearTimeout(pending);
      offs.forEach((off) => off());
    };
    // teamIds stands for exercise.teams
  }, [live, exercise?.id, teamIds]);
}
