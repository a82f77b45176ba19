import type { Scenario } from '@kunren/domain';

/** A scenario the server offers. */
export interface ScenarioEntry {
  readonly id: string;
  readonly path: string;
  readonly title: string;
}

/** Where scenarios come from (the content directory, through the scenario loader). */
export interface ScenarioSource {
  list(): Promise<readonly ScenarioEntry[]>;
  /** Loads and validates a scenario; throws with file:line:col when invalid. */
  load(path: string): Promise<Scenario>;
}
