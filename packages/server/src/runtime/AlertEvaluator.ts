import type { EcsEvent } from '@kunren/domain';

/** An alert raised by a built-in detection rule on one event. */
export interface RaisedAlert {
  /** Stable id: rule id and event id. */
  readonly id: string;
  readonly ruleId: string;
  readonly title: string;
  readonly severity: string;
  readonly techniques: readonly string[];
  /** Sim ms of the matching event. */
  readonly at: number;
  /** The matching event's `event.id` (to pivot in a hunt). */
  readonly eventId: string;
  readonly host: string | null;
}

/** Evaluates the built-in detection rules over a batch of new events. */
export interface AlertEvaluator {
  evaluate(
    events: readonly EcsEvent[],
    simAtOf: (event: EcsEvent) => number,
  ): readonly RaisedAlert[];
}
