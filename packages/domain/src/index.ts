export type { EcsEvent, JsonValue } from './ecs/EcsEvent.js';
export type { ActionRecord } from './ActionRecord.js';
export * from './duration.js';
export * from './scenario/index.js';
export * from './attack/index.js';
export * from './grading/index.js';
export { mulberry32 } from './mulberry32.js';
export { editDistance } from './editDistance.js';
export { civilDate, isoOf } from './isoOf.js';
