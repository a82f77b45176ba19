import type { ColumnInfo } from '@kunren/hunt';

/** Quotes an SQL identifier for DuckDB (`process.name` → `"process.name"`). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes an SQL string literal for DuckDB (`O'Brien` → `'O''Brien'`). */
export function quoteString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A TIMESTAMP literal for epoch milliseconds (UTC, millisecond precision). */
export function timestampLiteral(ms: number): string {
  return `TIMESTAMP '${new Date(ms).toISOString().replace('T', ' ').replace('Z', '')}'`;
}

/** The DuckDB column type of a field column. */
export function sqlTypeOf(info: ColumnInfo): string {
  if (info.array) return 'VARCHAR[]';
  switch (info.type) {
    case 'string':
      return 'VARCHAR';
    case 'long':
      return 'BIGINT';
    case 'double':
      return 'DOUBLE';
    case 'boolean':
      return 'BOOLEAN';
    case 'timestamp':
      return 'TIMESTAMP';
    default: {
      const never: never = info.type;
      throw new Error(`unhandled column type ${String(never)}`);
    }
  }
}

/** The field column type of a DuckDB column type, as read back from the catalogue. */
export function columnInfoOf(dataType: string): ColumnInfo | undefined {
  switch (dataType.toUpperCase()) {
    case 'VARCHAR':
      return { type: 'string', array: false };
    case 'VARCHAR[]':
      return { type: 'string', array: true };
    case 'BIGINT':
      return { type: 'long', array: false };
    case 'DOUBLE':
      return { type: 'double', array: false };
    case 'BOOLEAN':
      return { type: 'boolean', array: false };
    case 'TIMESTAMP':
      return { type: 'timestamp', array: false };
    default:
      return undefined;
  }
}
