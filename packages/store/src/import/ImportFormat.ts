/** The file formats `kunren import` reads. */
export const IMPORT_FORMATS = ['ndjson', 'evtx-json', 'winlogbeat', 'zeek', 'csv'] as const;

/** One import format; `auto` detects it from the content. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** True when `s` names an import format. */
export function isImportFormat(s: string): s is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(s);
}
