/**
 * Columns of the table layout (hunt `CompileContext`) that no event field may take: a
 * document carrying `team_id` or `_source` keeps it in `_source` only, so data can never
 * forge its scope. Compared case-insensitively, as SQL identifiers are.
 */
export const RESERVED_COLUMNS: ReadonlySet<string> = new Set([
  'exercise_id',
  'team_id',
  '@timestamp',
  '_seq',
  '_source',
]);

/** True when a field name is one of the layout's own columns. */
export function isReservedColumn(name: string): boolean {
  return RESERVED_COLUMNS.has(name.toLowerCase());
}
