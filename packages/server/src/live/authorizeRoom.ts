import { isStaff } from '../auth/policy.js';
import type { StateStore, UserRecord } from '../state/StateStore.js';
import { parseRoom } from './rooms.js';

/**
 * Whether `user` may join `room` (exercise × team × role): staff every room of an
 * exercise; trainees the exercise room and their own team's room only.
 */
export async function authorizeRoom(
  state: StateStore,
  user: UserRecord,
  room: string,
): Promise<boolean> {
  const ref = parseRoom(room);
  if (!ref) return false;
  const staff = isStaff(user.role);
  switch (ref.kind) {
    case 'staff':
      return staff && (await state.getExercise(ref.id)) !== undefined;
    case 'exercise':
      if (staff) return (await state.getExercise(ref.id)) !== undefined;
      return (await state.teamsOfUser(user.id)).some((t) => t.exerciseId === ref.id);
    case 'team':
      if (staff) return (await state.getTeam(ref.id)) !== undefined;
      return (await state.listMembers(ref.id)).includes(user.id);
    default: {
      const never: never = ref;
      throw new Error(`unknown room ${JSON.stringify(never)}`);
    }
  }
}
