import type { JsonValue } from '@kunren/domain';

/** A JSON object as builders assemble it (a nested part of an ECS document). */
export type Obj = { [key: string]: JsonValue };
