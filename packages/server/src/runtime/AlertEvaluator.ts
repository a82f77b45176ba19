import type { EcsEvent } from '@kunren/domain';
import type { TelemetryScope, TelemetryStore } from '@kunren/store';

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

/**
 * Evaluates the built-in detection rules over a window of a team's stored telemetry
 * (`from` inclusive, `to` exclusive, ISO 8601): in the store, off the request path.
 */
export interface AlertEvaluator {
  evaluate(
    telemetry: TelemetryStore,
    scope: TelemetryScope,
    range: { readonly from: string; readonly to: string },
    simAtOf: (event: EcsEvent) => number,
  ): Promise<readonly RaisedAlert[]>;
}
