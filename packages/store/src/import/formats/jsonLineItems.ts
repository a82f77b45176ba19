import type { EcsEvent } from '@kunren/domain';
import type { ParseItem } from '../ParseItem.js';
import type { TextLine } from '../readLines.js';
import { RecordRejected } from '../Rejected.js';

/**
 * One JSON document per line (blank lines skipped), each mapped by `toEvent`; a line that
 * is not JSON, or that `toEvent` rejects, becomes a rejection with its line number.
 */
export async function* jsonLineItems(
  lines: AsyncIterable<TextLine>,
  toEvent: (value: unknown) => EcsEvent,
): AsyncGenerator<ParseItem> {
  for await (const { text, line } of lines) {
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      yield { kind: 'rejected', line, reason: `invalid JSON: ${(e as Error).message}` };
      continue;
    }
    try {
      yield { kind: 'event', event: toEvent(value), line };
    } catch (e) {
      if (!(e instanceof RecordRejected)) throw e;
      yield { kind: 'rejected', line, reason: e.message };
    }
  }
}
