export * from './ecsField.js';
export type * from './EcsEvent.js';
