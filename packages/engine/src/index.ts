/**
 * @kunren/engine — the deterministic world simulator: a team's world from a scenario, a
 * seed and a team; telemetry as ECS records; response actions; snapshots; ground truth.
 */
export { createWorld, type WorldOptions } from './world/createWorld.js';
export { restoreWorld } from './world/restoreWorld.js';
export { replay } from './world/replay.js';
export { World } from './world/World.js';
export type { WorldSnapshot } from './world/WorldSnapshot.js';
export type { Observation } from './world/Observation.js';
export type { GroundTruth, StageTruth, HoldingTruth } from './world/GroundTruth.js';
export type { WorldOutput } from './sim/WorldOutput.js';
export type { ActionState, Artefact, EvidenceState } from './state/DefenceState.js';
export { EngineError, type EngineErrorId } from './errors/EngineError.js';
export { parseIsoUtc } from './time/parseIsoUtc.js';
export { isoOf as isoTimestamp } from '@kunren/domain';
export { hashString } from './rng/hashString.js';
export { RngStreams } from './rng/RngStreams.js';
export { EventQueue } from './sim/EventQueue.js';
export * from './scoring/index.js';
