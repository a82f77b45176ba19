import type { FieldType } from '@kunren/domain/ecs';
import type { FieldCatalogue, FieldInfo } from '../catalogue/FieldCatalogue.js';

/** One column of a stage's rows. */
export interface Column {
  readonly name: string;
  readonly type: FieldType;
  readonly array: boolean;
}

/**
 * The shape of the rows between two pipes. In raw mode the rows are events: every
 * catalogue field can be named, plus computed `columns` (from eval, bin, rename) beside
 * the event. In table mode (after stats, top, rare, timechart, fields) the rows have
 * exactly `columns`.
 */
export interface Stage {
  readonly raw: boolean;
  readonly columns: readonly Column[];
  /** Raw mode: event fields renamed away (no longer nameable). */
  readonly hidden: ReadonlySet<string>;
  readonly catalogue: FieldCatalogue;
}

/** How a name resolves in a stage. */
export interface Resolved {
  readonly column: Column;
  /** `computed`: made by a pipe; `store`: an event column; `absent`: valid ECS, not in the data. */
  readonly source: 'computed' | 'store' | 'absent';
  readonly info?: FieldInfo;
}

/** Resolves a field name in a stage, or undefined when it is not nameable there. */
export function resolveField(stage: Stage, name: string): Resolved | undefined {
  const computed = stage.columns.find((c) => c.name === name);
  if (computed) return { column: computed, source: 'computed' };
  if (!stage.raw || stage.hidden.has(name)) return undefined;
  const info = stage.catalogue.get(name);
  if (!info) return undefined;
  return {
    column: { name, type: info.type, array: info.array },
    source: info.inStore ? 'store' : 'absent',
    info,
  };
}

/** The names a stage offers (for did-you-mean and completion). */
export function stageNames(stage: Stage): string[] {
  const own = stage.columns.map((c) => c.name);
  if (!stage.raw) return own;
  return [...own, ...stage.catalogue.names().filter((n) => !stage.hidden.has(n))];
}
