import type { ParseItem } from '../ParseItem.js';
import type { TextLine } from '../readLines.js';
import { RecordRejected } from '../Rejected.js';
import { jsonRecords } from '../jsonRecords.js';
import { evtxToEcs } from '../windows/evtxToEcs.js';

/** EVTX dumps: `{"Event":…}` objects one per line, pretty-printed, or in a JSON array. */
export async function* evtxJsonItems(lines: AsyncIterable<TextLine>): AsyncGenerator<ParseItem> {
  for await (const rec of jsonRecords(lines)) {
    if (rec.kind === 'error') {
      yield { kind: 'rejected', line: rec.line, reason: rec.reason };
      continue;
    }
    try {
      yield { kind: 'event', event: evtxToEcs(rec.value), line: rec.line };
    } catch (e) {
      if (!(e instanceof RecordRejected)) throw e;
      yield { kind: 'rejected', line: rec.line, reason: e.message };
    }
  }
}
