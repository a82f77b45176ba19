/** A JSON value as found in an ECS document. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * One telemetry record in Elastic Common Schema, as nested JSON (the shape Elastic's
 * integrations write): `{ "@timestamp": "...", "event": { "code": "4688", ... }, ... }`.
 * `@timestamp` is ISO 8601 UTC with milliseconds; `event.id` identifies the record.
 */
export interface EcsEvent {
  '@timestamp': string;
  [field: string]: JsonValue;
}
