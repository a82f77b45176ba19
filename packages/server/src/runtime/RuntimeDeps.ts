import type { TelemetryStore } from '@kunren/store';
import type { LiveHub } from '../live/LiveHub.js';
import type { StateStore } from '../state/StateStore.js';
import type { AlertEvaluator } from './AlertEvaluator.js';
import type { Clock } from './Clock.js';
import type { EnginePort } from './EnginePort.js';
import type { ScenarioSource } from './ScenarioSource.js';

/** What the exercise runtime stands on; the composition root supplies real adapters. */
export interface RuntimeDeps {
  readonly state: StateStore;
  readonly telemetry: TelemetryStore;
  readonly hub: LiveHub;
  readonly clock: Clock;
  readonly engine: EnginePort;
  readonly rules: AlertEvaluator;
  readonly scenarios: ScenarioSource;
  /** Largest sim step a world takes in one go (bounds memory per telemetry batch). */
  readonly chunkMs?: number;
  /** Reports failures of background work (telemetry appends). */
  readonly onError?: (err: unknown) => void;
}
