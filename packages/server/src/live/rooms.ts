/** Room names: what a subscriber may join is decided by `authorizeRoom`. */
export const rooms = {
  /** Clock and exercise-wide news (everyone in the exercise). */
  exercise: (exerciseId: string) => `exercise:${exerciseId}`,
  /** A team's injects, messages, alerts, score, action results (the team and staff). */
  team: (teamId: string) => `team:${teamId}`,
  /** Every team's live overview (staff only). */
  staff: (exerciseId: string) => `staff:${exerciseId}`,
} as const;

/** A parsed room name. */
export type RoomRef =
  | { readonly kind: 'exercise'; readonly id: string }
  | { readonly kind: 'team'; readonly id: string }
  | { readonly kind: 'staff'; readonly id: string };

/** Parses a room name, or undefined when malformed. */
export function parseRoom(name: string): RoomRef | undefined {
  const m = /^(exercise|team|staff):([A-Za-z0-9-]{1,64})$/.exec(name);
  if (!m) return undefined;
  return { kind: m[1] as RoomRef['kind'], id: m[2] as string };
}
