import { Type, type Static } from '@sinclair/typebox';
import type { UserRecord } from '../state/StateStore.js';

/** A user as the API shows it (never the password hash). */
export const UserView = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.String(),
});
/** A user view. */
export type UserView = Static<typeof UserView>;

/** Presents a user. */
export function presentUser(user: UserRecord): UserView {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
}
