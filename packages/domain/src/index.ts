export type { EcsEvent, JsonValue } from './ecs/EcsEvent.js';
