import { StoreError } from './StoreError.js';
import type { TelemetryScope } from './TelemetryStore.js';

/** A map key for a scope; throws `store.bad_scope` when an id is empty or not a string. */
export function scopeKey(scope: TelemetryScope): string {
  const { exerciseId, teamId } = scope ?? {};
  if (
    typeof exerciseId !== 'string' ||
    exerciseId === '' ||
    typeof teamId !== 'string' ||
    teamId === ''
  ) {
    throw new StoreError(
      'store.bad_scope',
      `scope ${JSON.stringify(scope ?? null)} lacks an exercise id or a team id`,
      'pass { exerciseId, teamId } as non-empty strings',
    );
  }
  return JSON.stringify([exerciseId, teamId]);
}
