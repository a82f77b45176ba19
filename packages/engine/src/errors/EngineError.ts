/** Stable ids of the errors the engine reports. */
export type EngineErrorId =
  | 'engine.scenario.start'
  | 'engine.scenario.length'
  | 'engine.action.unknown'
  | 'engine.action.target'
  | 'engine.action.time'
  | 'engine.snapshot.version'
  | 'engine.snapshot.scenario'
  | 'engine.resolve.unknown';

/**
 * An error with a stable id (for translation at each edge), what went wrong, and the fix:
 * `engine.action.unknown: no response action "isolate-hots"; actions are: isolate-host, …`.
 */
export class EngineError extends Error {
  constructor(
    readonly id: EngineErrorId,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${id}: ${problem}; ${fix}`);
    this.name = 'EngineError';
  }
}
