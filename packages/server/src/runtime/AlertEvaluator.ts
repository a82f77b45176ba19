import type { EcsEvent } from '@kunren/domain';
import type { TelemetryScope, TelemetryStore } from '@kunren/store';

/** An alert raised by a built-in detection rule on one event, or by a correlation on a window. */
export interface RaisedAlert {
  /** Stable id: rule id and event id (a correlation's: rule id, window and group). */
  readonly id: string;
  readonly ruleId: string;
  readonly title: string;
  readonly severity: string;
  readonly techniques: readonly string[];
  /** Sim ms of the matching event (a correlation's: its window's last instant). */
  readonly at: number;
  /** The matching event's `event.id` (empty for a correlation). */
  readonly eventId: string;
  readonly host: string | null;
  /** The hunting query that shows the alert's events (its event, or a correlation's window). */
  readonly query: string;
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
