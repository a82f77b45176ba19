import type { FieldType } from '@kunren/domain/ecs';
import type { SqlDialect } from '../CompileContext.js';

/**
 * The SQL a dialect spells differently, beyond quoting and placeholders. The compiler
 * writes everything else in the SQL both DuckDB and PostgreSQL accept.
 */
export interface SqlHooks {
  /** The SQL type name of a column type (`VARCHAR`, `BIGINT`, …), a list when `array`. */
  typeName(type: FieldType, array: boolean): string;
  /** True when some element of the list `list` satisfies `pred(element)`. */
  anyElement(list: string, pred: (x: string) => string): string;
  /** Number of elements of a list. */
  listLength(list: string): string;
  /** `value` is in the text list parameter `list`. */
  inTextList(list: string, value: string): string;
  /** The parameter value for an RE2-syntax pattern with flags `i`, `m`, `s` (validated, safe subset). */
  regexParam(pattern: string, flags: string): string;
  /** Unanchored regex search with a pattern parameter made by `regexParam`. */
  regexSearch(value: string, pattern: string): string;
  /** Whole-value regex match with a constant pattern written by the compiler. */
  regexFull(value: string, constantPattern: string): string;
  /** Rounds a timestamp down to a multiple of `msParam` milliseconds since 1970-01-01. */
  timeBucket(ts: string, msParam: string): string;
  /** The parameter value for a strftime format (codes %Y %m %d %H %M %S %j %%). */
  strftimeFormat(fmt: string): string;
  /** Formats a timestamp with a format parameter made by `strftimeFormat`. */
  strftime(ts: string, fmt: string): string;
  /** Hour of the day (0–23) of a timestamp, as a long. */
  hour(ts: string): string;
  /** Rounds a double to a whole number, halves away from zero. */
  round(x: string): string;
  /** Remainder with the sign of the dividend (`double`: either side is a double). */
  mod(l: string, r: string, double: boolean): string;
  /** A double as text: whole numbers without a fraction (`3`), others shortest (`2.5`). */
  doubleText(x: string): string;
  /** A timestamp as ISO 8601 text with milliseconds and `Z`. */
  isoText(ts: string): string;
  /** Keeps the first row of each partition: a full SELECT over `from`. */
  firstPerPartition(
    cols: readonly string[],
    from: string,
    where: string,
    partition: string,
    order: string,
  ): string;
  /** `CAST(x AS type)` that gives NULL instead of failing (the compiler guards it by a regex too). */
  tryCast(x: string, type: 'long' | 'double'): string;
  /** Aggregate: the sorted list of distinct non-null values of `x` (an empty list for none). */
  distinctSorted(x: string, elementType: FieldType): string;
  /** Aggregate: `x` of the first row in `orderBy` among the rows where `filter` holds. */
  firstBy(x: string, orderBy: string, filter: string): string;
  /**
   * An IPv6 text `s` (lower-cased) as 32 hex digits, and whether it is a valid address
   * (hex groups, at most one `::`, no embedded IPv4).
   */
  ipv6Hex(s: string): { readonly valid: string; readonly hex: string };
  /** `SELECT *` with some columns replaced by expressions and others added. */
  selectStar(
    cols: readonly string[],
    replace: readonly (readonly [string, string])[],
    add: readonly (readonly [string, string])[],
  ): string;
}

/** A dialect that implements the compiler's hooks. */
export type HuntDialect = SqlDialect & SqlHooks;

/** True when the dialect object carries the hooks. */
export function hasHooks(d: SqlDialect): d is HuntDialect {
  return typeof (d as Partial<SqlHooks>).anyElement === 'function';
}
