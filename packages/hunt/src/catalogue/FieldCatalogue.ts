import type { FieldType } from '@kunren/domain/ecs';
import { ecsFields } from '@kunren/domain/ecs';
import type { ColumnInfo } from '../CompileContext.js';

/** What the hunting language knows about one field. */
export interface FieldInfo {
  /** Dotted name, e.g. `process.name`. */
  readonly name: string;
  readonly type: FieldType;
  /** Holds a list: a match succeeds when any element matches. */
  readonly array: boolean;
  /** The ECS type (`keyword`, `ip`, `date`, …) when ECS defines the field. */
  readonly ecsType?: string;
  readonly description: string;
  /** The field has a column in the store (it occurs in the data). */
  readonly inStore: boolean;
}

/** The fields a query may name: every ECS field plus every column the store has. */
export interface FieldCatalogue {
  get(name: string): FieldInfo | undefined;
  /** All field names, store fields first, then ECS, each group sorted. */
  names(): readonly string[];
}

/** Column names of the table layout that are never query fields. */
export const INTERNAL_COLUMNS: ReadonlySet<string> = new Set([
  'exercise_id',
  'team_id',
  '_seq',
  '_source',
]);

/**
 * Builds the catalogue from ECS (`@kunren/domain/ecs`) and the store's columns
 * (`CompileContext.columns` / `TelemetryStore.fields`). A store column's type wins over
 * the ECS type; ECS supplies descriptions.
 */
export function buildCatalogue(
  columns: ReadonlyMap<string, ColumnInfo> = new Map(),
): FieldCatalogue {
  const map = new Map<string, FieldInfo>();
  for (const f of ecsFields().values()) {
    const col = columns.get(f.name);
    map.set(f.name, {
      name: f.name,
      type: col?.type ?? f.type,
      array: col?.array ?? f.array,
      ecsType: f.ecsType,
      description: f.description,
      inStore: col !== undefined,
    });
  }
  for (const [name, col] of columns) {
    if (map.has(name) || INTERNAL_COLUMNS.has(name) || name.startsWith('__')) continue;
    map.set(name, { name, type: col.type, array: col.array, description: '', inStore: true });
  }
  if (!map.has('@timestamp') || !map.get('@timestamp')?.inStore) {
    const ts = map.get('@timestamp');
    map.set('@timestamp', {
      name: '@timestamp',
      type: 'timestamp',
      array: false,
      ecsType: 'date',
      description: ts?.description ?? 'Date/time when the event originated.',
      inStore: true,
    });
  }
  let names: string[] | undefined;
  return {
    get: (name) => map.get(name),
    names: () => {
      names ??= [...map.values()]
        .sort(
          (a, b) =>
            Number(b.inStore) - Number(a.inStore) ||
            (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
        )
        .map((f) => f.name);
      return names;
    },
  };
}
