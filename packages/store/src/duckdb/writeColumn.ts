import duckdb, { type Vector } from '@duckdb/node-bindings';
import type { ColumnInfo } from '@kunren/hunt';
import type { ColumnCells } from '../schema/ColumnRegistry.js';
import { writeInt64 } from './writeInt64.js';

/** Rows of one DuckDB data chunk (the vector size, 2,048). */
export const CHUNK_ROWS = duckdb.vector_size();
const SCRATCH = new ArrayBuffer(CHUNK_ROWS * 16);
/** Scratch int64 words (two per value) shared by the column writers; copied out at once. */
export const WORDS = new Int32Array(SCRATCH);
const DOUBLES = new Float64Array(SCRATCH);
const BYTES = new Uint8Array(SCRATCH);
const VALID = new Int32Array(CHUNK_ROWS / 32);
const VALID_BYTES = VALID.byteLength;

/** Copies the first `n` int64 words of `WORDS` into a vector. */
export function copyWords(vector: Vector, n: number): void {
  duckdb.copy_data_to_vector(vector, 0, SCRATCH, 0, n * 8);
}

/**
 * Writes one column of a batch of at most `CHUNK_ROWS` rows into a chunk vector: the values
 * at their rows, the other `n` rows NULL. Returns false when every row is NULL and `allNull`
 * is not set (the caller makes the vector a constant NULL instead).
 */
export function writeColumn(
  vector: Vector,
  info: ColumnInfo,
  column: ColumnCells,
  n: number,
  allNull = false,
): boolean {
  const { rows, values } = column;
  VALID.fill(0);
  let present = 0;
  for (let k = 0; k < rows.length; k++) {
    if (values[k] === null) continue;
    const r = rows[k] as number;
    VALID[r >> 5] = (VALID[r >> 5] as number) | (1 << (r & 31));
    present++;
  }
  if (present === 0 && !allNull) return false;
  if (info.array) {
    writeLists(vector, column, n);
  } else {
    switch (info.type) {
      case 'string':
        for (let k = 0; k < rows.length; k++) {
          const cell = values[k];
          if (cell !== null)
            duckdb.vector_assign_string_element(vector, rows[k] as number, cell as string);
        }
        break;
      case 'long':
      case 'timestamp': {
        const scale = info.type === 'timestamp' ? 1000 : 1;
        for (let k = 0; k < rows.length; k++) {
          const cell = values[k];
          if (cell !== null) writeInt64(WORDS, rows[k] as number, cell as number, scale);
        }
        duckdb.copy_data_to_vector(vector, 0, SCRATCH, 0, n * 8);
        break;
      }
      case 'double':
        for (let k = 0; k < rows.length; k++) {
          const cell = values[k];
          if (cell !== null) DOUBLES[rows[k] as number] = cell as number;
        }
        duckdb.copy_data_to_vector(vector, 0, SCRATCH, 0, n * 8);
        break;
      case 'boolean':
        for (let k = 0; k < rows.length; k++) {
          const cell = values[k];
          if (cell !== null) BYTES[rows[k] as number] = cell === true ? 1 : 0;
        }
        duckdb.copy_data_to_vector(vector, 0, SCRATCH, 0, n);
        break;
      default: {
        const never: never = info.type;
        throw new Error(`unhandled column type ${String(never)}`);
      }
    }
  }
  if (present < n) {
    duckdb.vector_ensure_validity_writable(vector);
    duckdb.copy_data_to_vector_validity(vector, 0, VALID.buffer, 0, VALID_BYTES);
  }
  return true;
}

/** A VARCHAR[] column: list entries (offset, length) per row, the strings in the child vector. */
function writeLists(vector: Vector, column: ColumnCells, n: number): void {
  const { rows, values } = column;
  WORDS.fill(0, 0, n * 4);
  let total = 0;
  for (let k = 0; k < rows.length; k++) {
    const cell = values[k];
    if (cell === null) continue;
    const r = rows[k] as number;
    const length = (cell as string[]).length;
    writeInt64(WORDS, 2 * r, total, 1);
    writeInt64(WORDS, 2 * r + 1, length, 1);
    total += length;
  }
  duckdb.copy_data_to_vector(vector, 0, SCRATCH, 0, n * 16);
  duckdb.list_vector_reserve(vector, total);
  duckdb.list_vector_set_size(vector, total);
  const child = duckdb.list_vector_get_child(vector);
  let at = 0;
  for (let k = 0; k < rows.length; k++) {
    const cell = values[k];
    if (cell === null) continue;
    for (const item of cell as string[]) duckdb.vector_assign_string_element(child, at++, item);
  }
}
