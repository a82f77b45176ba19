import type { JsonValue } from '@kunren/domain';
import { RecordRejected } from '../Rejected.js';

/** The header of a Zeek TSV log (`#separator`, `#fields`, `#types`, …). */
export interface ZeekTsvHeader {
  separator: string;
  setSeparator: string;
  emptyField: string;
  unsetField: string;
  path?: string;
  fields?: string[];
  types?: string[];
}

/** A fresh header with Zeek's defaults. */
export function zeekTsvHeader(): ZeekTsvHeader {
  return { separator: '\t', setSeparator: ',', emptyField: '(empty)', unsetField: '-' };
}

const unescape = (s: string): string =>
  s.replace(/\\x([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/**
 * Reads one line of a Zeek TSV log: a `#` directive updates `header` (returns undefined),
 * a data line becomes a record keyed by the `#fields` names with values typed by `#types`
 * (time and interval as seconds, count/int/port as integers, bool, sets and vectors as
 * arrays; the unset field omitted). Throws `RecordRejected` for malformed lines.
 */
export function parseZeekTsvLine(
  line: string,
  header: ZeekTsvHeader,
): Record<string, JsonValue> | undefined {
  if (line.startsWith('#')) {
    const [directive, ...rest] = line.split(
      line.startsWith('#separator') ? /\s+/ : header.separator,
    );
    const value = rest.join(header.separator);
    switch (directive) {
      case '#separator':
        header.separator = unescape(value.trim());
        break;
      case '#set_separator':
        header.setSeparator = unescape(value);
        break;
      case '#empty_field':
        header.emptyField = value;
        break;
      case '#unset_field':
        header.unsetField = value;
        break;
      case '#path':
        header.path = value;
        break;
      case '#fields':
        header.fields = rest;
        break;
      case '#types':
        header.types = rest;
        break;
      default:
        break;
    }
    return undefined;
  }
  if (!header.fields) throw new RecordRejected('Zeek TSV data line before the #fields header');
  const values = line.split(header.separator);
  if (values.length !== header.fields.length) {
    throw new RecordRejected(
      `Zeek TSV line has ${values.length} columns, #fields names ${header.fields.length}`,
    );
  }
  const record: Record<string, JsonValue> = {};
  header.fields.forEach((name, i) => {
    const raw = values[i] as string;
    if (raw === header.unsetField) return;
    const type = header.types?.[i] ?? 'string';
    record[name] = typed(raw, type, header);
  });
  return record;
}

function typed(raw: string, type: string, header: ZeekTsvHeader): JsonValue {
  const container = /^(set|vector|table)\[(.+)\]$/.exec(type);
  if (container) {
    if (raw === header.emptyField) return [];
    return raw.split(header.setSeparator).map((v) => typed(v, container[2] as string, header));
  }
  if (raw === header.emptyField) return '';
  const text = unescape(raw);
  switch (type) {
    case 'time':
    case 'interval':
    case 'double': {
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
    case 'count':
    case 'int':
    case 'port': {
      const n = Number(text);
      return Number.isSafeInteger(n) ? n : text;
    }
    case 'bool':
      return text === 'T' ? true : text === 'F' ? false : text;
    default:
      return text;
  }
}
