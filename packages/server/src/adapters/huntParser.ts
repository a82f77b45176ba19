import type { Query } from '@kunren/hunt';
import type { ParseResult } from '../http/AppContext.js';
import { optionalExport } from './optionalExport.js';

type TryParse = (source: string) =>
  | { ok: true; query: Query }
  | {
      ok: false;
      error: { id: string; message: string; span: { start: number; end: number }; hint?: string };
    };

/** The hunting-language parser of `@kunren/hunt` (`tryParse`), returning errors as values. */
export async function huntParser(): Promise<(source: string) => ParseResult> {
  const tryParse = await optionalExport<TryParse>('@kunren/hunt', 'tryParse');
  return (source) => {
    const r = tryParse(source);
    if (r.ok) return r;
    const { id, message, span, hint } = r.error;
    return { ok: false, error: { id, message, span: { start: span.start, end: span.end }, hint } };
  };
}
