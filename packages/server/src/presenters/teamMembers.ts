import { Type, type Static } from '@sinclair/typebox';
import type { Presence } from '../live/Presence.js';
import type { StateStore, TeamRecord } from '../state/StateStore.js';

/** A member of a team as its team-mates and staff see them. */
export const MemberView = Type.Object({
  id: Type.String(),
  username: Type.String({ description: 'What alert assignees are named by' }),
  displayName: Type.String(),
  online: Type.Boolean({ description: 'Has a live connection to this server instance' }),
});
/** A member view. */
export type MemberView = Static<typeof MemberView>;

/** The members of each of `teams`, by team id, sorted by display name. */
export async function teamMembers(
  state: StateStore,
  presence: Presence,
  teams: readonly TeamRecord[],
): Promise<ReadonlyMap<string, readonly MemberView[]>> {
  const out = new Map<string, MemberView[]>();
  if (teams.length === 0) return out;
  const users = new Map((await state.listUsers()).map((u) => [u.id, u]));
  for (const team of teams)
    out.set(
      team.id,
      (await state.listMembers(team.id))
        .flatMap((id) => {
          const user = users.get(id);
          if (!user) return [];
          const { username, displayName } = user;
          return [{ id, username, displayName, online: presence.isOnline(id) }];
        })
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
    );
  return out;
}
