import duckdb, { type Vector } from '@duckdb/node-bindings';
import type { ColumnInfo } from '@kunren/hunt';
import type { Cell } from '../schema/coerceValue.js';
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
 * Writes rows `start … start+n` of one column into a chunk vector; false when all of them are
 * absent (the caller makes the vector a constant NULL instead), unless `allNull` asks for
 * them to be written as NULLs.
 */
export function writeColumn(
  vector: Vector,
  info: ColumnInfo,
  cells: readonly (Cell | undefined)[],
  start: number,
  n: number,
  allNull = false,
): boolean {
  VALID.fill(-1);
  let present = 0;
  const last = Math.max(0, Math.min(n, cells.length - start));
  for (let r = 0; r < last; r++) {
    const cell = cells[start + r];
    if (cell === undefined || cell === null) continue;
    present++;
  }
  if (present === 0 && !allNull) return false;
  if (info.array) {
    writeLists(vector, cells, start, n);
  } else {
    switch (info.type) {
      case 'string':
        for (let r = 0; r < last; r++) {
          const cell = cells[start + r];
          if (cell !== undefined && cell !== null) {
            duckdb.vector_assign_string_element(vector, r, cell as string);
          }
        }
        break;
      case 'long':
      case 'timestamp': {
        const scale = info.type === 'timestamp' ? 1000 : 1;
        for (let r = 0; r < last; r++) {
          const cell = cells[start + r];
          if (cell !== undefined && cell !== null) writeInt64(WORDS, r, cell as number, scale);
        }
        duckdb.copy_data_to_vector(vector, 0, SCRATCH, 0, n * 8);
        break;
      }
      case 'double':
        for (let r = 0; r < last; r++) {
          const cell = cells[start + r];
          if (cell !== undefined && cell !== null) DOUBLES[r] = cell as number;
        }
        duckdb.copy_data_to_vector(vector, 0, SCRATCH, 0, n * 8);
        break;
      case 'boolean':
        for (let r = 0; r < last; r++) {
          const cell = cells[start + r];
          if (cell !== undefined && cell !== null) BYTES[r] = cell === true ? 1 : 0;
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
    for (let r = 0; r < n; r++) {
      const cell = r < last ? cells[start + r] : undefined;
      if (cell === undefined || cell === null)
        VALID[r >> 5] = (VALID[r >> 5] as number) & ~(1 << (r & 31));
    }
    duckdb.vector_ensure_validity_writable(vector);
    duckdb.copy_data_to_vector_validity(vector, 0, VALID.buffer, 0, VALID_BYTES);
  }
  return true;
}

/** A VARCHAR[] column: list entries (offset, length) per row, the strings in the child vector. */
function writeLists(
  vector: Vector,
  cells: readonly (Cell | undefined)[],
  start: number,
  n: number,
): void {
  const last = Math.max(0, Math.min(n, cells.length - start));
  let total = 0;
  for (let r = 0; r < n; r++) {
    const cell = r < last ? cells[start + r] : undefined;
    const length = cell === undefined || cell === null ? 0 : (cell as string[]).length;
    writeInt64(WORDS, 2 * r, total, 1);
    writeInt64(WORDS, 2 * r + 1, length, 1);
    total += length;
  }
  duckdb.copy_data_to_vector(vector, 0, SCRATCH, 0, n * 16);
  duckdb.list_vector_reserve(vector, total);
  duckdb.list_vector_set_size(vector, total);
  const child = duckdb.list_vector_get_child(vector);
  let k = 0;
  for (let r = 0; r < last; r++) {
    const cell = cells[start + r];
    if (cell === undefined || cell === null) continue;
    for (const item of cell as string[]) duckdb.vector_assign_string_element(child, k++, item);
  }
}
