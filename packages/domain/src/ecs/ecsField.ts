import { EcsFlat } from '@elastic/ecs';

/** How a field is stored and compared: the column types of the telemetry store. */
export type FieldType = 'string' | 'long' | 'double' | 'boolean' | 'timestamp';

/** What ECS says about one field, reduced to what kunren needs. */
export interface EcsFieldInfo {
  /** Dotted ECS name, e.g. `process.name`. */
  readonly name: string;
  /** The ECS (Elasticsearch) type: keyword, long, ip, date, … */
  readonly ecsType: string;
  /** The store column type derived from `ecsType`. */
  readonly type: FieldType;
  /** ECS says the field holds an array (`normalize: array`). */
  readonly array: boolean;
  readonly description: string;
  readonly example?: string;
  /** ECS `allowed_values` names, for fields such as `event.category`. */
  readonly allowedValues?: readonly string[];
}

interface RawField {
  type: string;
  description?: string;
  example?: unknown;
  normalize?: string[];
  allowed_values?: { name: string }[];
}

/** Maps an ECS/Elasticsearch type to the column type kunren stores it as. */
export function fieldTypeOf(ecsType: string): FieldType {
  switch (ecsType) {
    case 'long':
    case 'integer':
    case 'short':
    case 'byte':
    case 'unsigned_long':
      return 'long';
    case 'float':
    case 'double':
    case 'half_float':
    case 'scaled_float':
      return 'double';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'timestamp';
    default:
      return 'string';
  }
}

let cache: Map<string, EcsFieldInfo> | undefined;

/** Every ECS leaf field (objects and nested containers excluded), by dotted name. */
export function ecsFields(): ReadonlyMap<string, EcsFieldInfo> {
  if (cache) return cache;
  const out = new Map<string, EcsFieldInfo>();
  for (const [name, raw] of Object.entries(EcsFlat as Record<string, RawField>)) {
    if (raw.type === 'object' || raw.type === 'nested') continue;
    const info: EcsFieldInfo = {
      name,
      ecsType: raw.type,
      type: fieldTypeOf(raw.type),
      array: raw.normalize?.includes('array') ?? false,
      description: raw.description ?? '',
      ...(raw.example !== undefined ? { example: String(raw.example) } : {}),
      ...(raw.allowed_values ? { allowedValues: raw.allowed_values.map((v) => v.name) } : {}),
    };
    out.set(name, info);
  }
  cache = out;
  return out;
}

/** The ECS definition of `name`, or undefined when ECS does not define it. */
export function ecsField(name: string): EcsFieldInfo | undefined {
  return ecsFields().get(name);
}
