import { stat } from 'node:fs/promises';
import { StoreError } from '../StoreError.js';
import { detectFormat } from './detectFormat.js';
import { checkedEvent } from './formats/checkedEvent.js';
import { csvItems } from './formats/csvItems.js';
import { evtxJsonItems } from './formats/evtxJsonItems.js';
import { jsonLineItems } from './formats/jsonLineItems.js';
import { zeekItems } from './formats/zeekItems.js';
import type { ImportFormat } from './ImportFormat.js';
import type { ParseItem } from './ParseItem.js';
import { readLines, type TextLine } from './readLines.js';
import { normalizeWinlog } from './windows/normalizeWinlog.js';
import type { Doc } from './docPath.js';

/** A log file opened for import: its format, size and a stream of parsed records. */
export interface OpenedLogFile {
  readonly path: string;
  readonly format: ImportFormat;
  readonly bytes: number;
  readonly items: AsyncIterable<ParseItem>;
}

/** How to open a log file. */
export interface OpenLogFileOptions {
  /** The format, or `auto` (default) to detect it from the content. */
  readonly format?: ImportFormat | 'auto';
  /** Called with the bytes of this file read so far. */
  readonly onBytes?: (bytesRead: number) => void;
}

/**
 * Opens a log file an instructor brings: detects (or takes) its format and returns a
 * streaming parser of ECS events and rejected records. Throws `import.unreadable` when the
 * file cannot be read and `import.unknown_format` when its format cannot be told.
 */
export async function openLogFile(
  path: string,
  options: OpenLogFileOptions = {},
): Promise<OpenedLogFile> {
  let bytes: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new Error('not a file');
    bytes = s.size;
  } catch (e) {
    throw new StoreError(
      'import.unreadable',
      `cannot read ${path}: ${(e as Error).message}`,
      'check the path',
    );
  }
  const format =
    !options.format || options.format === 'auto' ? await detectFormat(path) : options.format;
  const lines = (): AsyncIterable<TextLine> => readLines(path, options.onBytes);
  let items: AsyncIterable<ParseItem>;
  switch (format) {
    case 'ndjson':
      items = jsonLineItems(lines(), checkedEvent);
      break;
    case 'winlogbeat':
      items = jsonLineItems(lines(), (v) =>
        checkedEvent(normalizeWinlog(checkedEvent(v) as unknown as Doc)),
      );
      break;
    case 'evtx-json':
      items = evtxJsonItems(lines());
      break;
    case 'zeek':
      items = zeekItems(lines(), path);
      break;
    case 'csv':
      items = csvItems(path, options.onBytes);
      break;
    default: {
      const never: never = format;
      throw new Error(`unhandled format ${String(never)}`);
    }
  }
  return { path, format, bytes, items };
}
