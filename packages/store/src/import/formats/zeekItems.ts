import type { JsonValue } from '@kunren/domain';
import type { ParseItem } from '../ParseItem.js';
import type { TextLine } from '../readLines.js';
import { RecordRejected } from '../Rejected.js';
import { parseZeekTsvLine, zeekTsvHeader } from '../zeek/parseZeekTsv.js';
import { zeekToEcs } from '../zeek/zeekToEcs.js';
import { zeekLogFromFileName, zeekLogFromPath, zeekLogFromRecord } from '../zeek/zeekLogType.js';

/**
 * Zeek logs, TSV (`#fields` header; the log named by `#path`) or JSON lines (the log named
 * by `_path`, else the file name, else its fields).
 */
export async function* zeekItems(
  lines: AsyncIterable<TextLine>,
  file: string,
): AsyncGenerator<ParseItem> {
  const header = zeekTsvHeader();
  const fromName = zeekLogFromFileName(file);
  let tsv: boolean | undefined;
  for await (const { text, line } of lines) {
    if (text.trim() === '') continue;
    if (tsv === undefined) tsv = text.startsWith('#');
    try {
      let record: Record<string, JsonValue> | undefined;
      if (tsv) {
        record = parseZeekTsvLine(text, header);
        if (!record) continue;
      } else {
        const v = parseJson(text);
        if (v === null || typeof v !== 'object' || Array.isArray(v))
          throw new RecordRejected('not a JSON object');
        record = v as Record<string, JsonValue>;
      }
      const log = tsv
        ? (header.path ?? fromName)
        : (zeekLogFromPath(record) ?? fromName ?? zeekLogFromRecord(record));
      if (!log) {
        throw new RecordRejected(
          'cannot tell which Zeek log this is: name the file conn.log, dns.log, … or add _path',
        );
      }
      yield { kind: 'event', event: zeekToEcs(log, record), line };
    } catch (e) {
      if (!(e instanceof RecordRejected)) throw e;
      yield { kind: 'rejected', line, reason: e.message };
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new RecordRejected(`invalid JSON: ${(e as Error).message}`);
  }
}
