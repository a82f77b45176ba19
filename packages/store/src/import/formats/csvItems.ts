import { createReadStream } from 'node:fs';
import type { JsonValue } from '@kunren/domain';
import { ecsField } from '@kunren/domain/ecs';
import Papa from 'papaparse';
import { unflatten } from '../docPath.js';
import type { ParseItem } from '../ParseItem.js';
import { RecordRejected } from '../Rejected.js';
import { checkedEvent } from './checkedEvent.js';

const HIGH_WATER = 2000;

/**
 * CSV with a header row whose columns are ECS field names (`@timestamp`, `host.name`,
 * `source.port`, …), parsed by papaparse as a stream. Empty cells are left out; cells of
 * ECS number and boolean fields are typed when they read as such. Line numbers count one
 * line per row (a quoted cell spanning lines shifts them).
 */
export async function* csvItems(
  path: string,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<ParseItem> {
  const queue: ParseItem[] = [];
  let done = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let parserRef: Papa.Parser | undefined;
  let paused = false;
  let row = 0;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  const stream = createReadStream(path);
  let bytes = 0;
  stream.on('data', (chunk) => {
    bytes += chunk.length;
    onBytes?.(bytes);
  });
  Papa.parse<Record<string, string>>(stream as unknown as File, {
    header: true,
    skipEmptyLines: 'greedy',
    step(results, parser) {
      parserRef = parser;
      const line = ++row + 1;
      const error = results.errors[0];
      if (error) {
        queue.push({ kind: 'rejected', line, reason: `CSV ${error.code}: ${error.message}` });
      } else {
        try {
          queue.push({ kind: 'event', event: checkedEvent(typedRow(results.data)), line });
        } catch (e) {
          if (!(e instanceof RecordRejected)) throw e;
          queue.push({ kind: 'rejected', line, reason: e.message });
        }
      }
      if (queue.length >= HIGH_WATER && !paused) {
        paused = true;
        parser.pause();
      }
      notify();
    },
    complete() {
      done = true;
      notify();
    },
    error(e: Error) {
      failure = e;
      done = true;
      notify();
    },
  });
  for (;;) {
    while (queue.length > 0) yield queue.shift() as ParseItem;
    if (failure) throw failure;
    if (done) return;
    if (paused) {
      paused = false;
      parserRef?.resume();
    }
    await new Promise<void>((resolve) => {
      wake = resolve;
      if (queue.length > 0 || done) notify();
    });
  }
}

function typedRow(row: Readonly<Record<string, string>>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, raw] of Object.entries(row)) {
    const name = key.trim();
    if (name === '' || raw === undefined || raw === '') continue;
    out[name] = typedCell(name, raw);
  }
  return unflatten(out);
}

function typedCell(name: string, raw: string): JsonValue {
  const info = ecsField(name);
  if (!info || info.array) return raw;
  const v = raw.trim();
  switch (info.type) {
    case 'long':
      return /^[+-]?\d+$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : raw;
    case 'double':
      return v !== '' && Number.isFinite(Number(v)) ? Number(v) : raw;
    case 'boolean':
      return v.toLowerCase() === 'true' ? true : v.toLowerCase() === 'false' ? false : raw;
    default:
      return raw;
  }
}
