/** Stable ids of the errors the telemetry store raises. */
export type StoreErrorId =
  | 'query.timeout'
  | 'query.failed'
  | 'store.bad_event'
  | 'store.bad_scope'
  | 'store.bad_range'
  | 'store.closed'
  | 'store.open_failed'
  | 'import.unreadable'
  | 'import.unknown_format';

/**
 * An error with a stable id (for translation and tests), a message naming the problem
 * and, where there is one, the fix.
 */
export class StoreError extends Error {
  readonly id: StoreErrorId;
  readonly fix: string | undefined;

  constructor(id: StoreErrorId, message: string, fix?: string) {
    super(fix ? `${message}; ${fix}` : message);
    this.name = 'StoreError';
    this.id = id;
    this.fix = fix;
  }
}

/** True when `e` is a StoreError with the given id. */
export function isStoreError(e: unknown, id?: StoreErrorId): e is StoreError {
  return e instanceof StoreError && (id === undefined || e.id === id);
}
