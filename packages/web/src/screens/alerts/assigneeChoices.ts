/** Someone an alert can be assigned to. */
export interface Assignee {
  readonly username: string;
  readonly displayName: string;
}

/**
 * Who an alert can be assigned to: the team's members (the user among them even when the
 * member list is not loaded), and the current assignee if no longer among them, by name.
 */
export function assigneeChoices(
  members: readonly Assignee[],
  me: Assignee,
  current: string | null,
): Assignee[] {
  const out = new Map<string, Assignee>();
  for (const m of [me, ...members]) out.set(m.username, m);
  if (current && !out.has(current)) out.set(current, { username: current, displayName: current });
  return [...out.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
