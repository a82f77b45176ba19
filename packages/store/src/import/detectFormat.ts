import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { StoreError } from '../StoreError.js';
import type { ImportFormat } from './ImportFormat.js';

const HEAD_BYTES = 64 * 1024;

/**
 * Tells a log file's format from its first 64 KiB: Zeek TSV by its `#` header, EVTX dumps
 * by `{"Event":{"System"…` or evtx_dump's `Record N` lines, Zeek JSON by `ts` and `uid`,
 * Winlogbeat / Elastic Agent by `winlog`, ECS NDJSON by `@timestamp`, CSV by a header row
 * naming `@timestamp`. Throws `import.unknown_format` with the `--format` fix otherwise.
 */
export async function detectFormat(path: string): Promise<ImportFormat> {
  let head: string;
  try {
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
      head = buf
        .subarray(0, bytesRead)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw new StoreError(
      'import.unreadable',
      `cannot read ${path}: ${(e as Error).message}`,
      'check the path',
    );
  }
  const format = formatOfHead(head);
  if (format) return format;
  throw new StoreError(
    'import.unknown_format',
    `cannot tell the format of ${basename(path)}`,
    'pass --format ndjson, evtx-json, winlogbeat, zeek or csv',
  );
}

/** The format of a file's first characters, or undefined. */
export function formatOfHead(head: string): ImportFormat | undefined {
  const text = head.trimStart();
  if (/^#(separator|fields|path|set_separator)\b/.test(text)) return 'zeek';
  if (/^Record \d+\s*$/m.test(text.split('\n', 1)[0] ?? '')) return 'evtx-json';
  if (text.startsWith('{') || text.startsWith('[')) {
    if (/"Event"\s*:\s*\{[\s\S]{0,400}"System"/.test(text)) return 'evtx-json';
    const first = (text.startsWith('[') ? text.slice(1).trimStart() : text).split('\n', 1)[0] ?? '';
    let doc: Record<string, unknown> | undefined;
    try {
      const v = JSON.parse(first.replace(/,\s*$/, '')) as unknown;
      if (v && typeof v === 'object' && !Array.isArray(v)) doc = v as Record<string, unknown>;
    } catch {
      doc = undefined;
    }
    if (doc) {
      const src = doc['_source'];
      if (src && typeof src === 'object' && !Array.isArray(src))
        doc = src as Record<string, unknown>;
      const agent = doc['agent'] as Record<string, unknown> | undefined;
      if ('winlog' in doc || agent?.['type'] === 'winlogbeat') return 'winlogbeat';
      if ('ts' in doc && ('uid' in doc || 'id.orig_h' in doc || '_path' in doc || 'fuid' in doc))
        return 'zeek';
      if ('@timestamp' in doc) return 'ndjson';
    }
    return undefined;
  }
  const header = text.split('\n', 1)[0] ?? '';
  if (header.includes(',') && /(^|,)"?@timestamp"?(,|$)/.test(header.trim())) return 'csv';
  return undefined;
}
