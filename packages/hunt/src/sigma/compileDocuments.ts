import { compileCorrelation } from './compileCorrelation.js';
import { compileRule } from './compileRule.js';
import type { SigmaCompileOptions, SigmaCompileResult } from './compileRule.js';
import type { SigmaDocument } from './SigmaRule.js';

/**
 * Compiles a set of loaded documents (any number of files): every detection rule and every
 * correlation, which may refer to rules by id or name across files. Rules that only feed a
 * correlation (its `generate` is false, the default) give no result of their own.
 */
export function compileDocuments(
  documents: readonly SigmaDocument[],
  options: SigmaCompileOptions = {},
): SigmaCompileResult[] {
  const byRef = refIndex(documents);
  const hidden = hiddenByCorrelations(documents);
  return documents
    .filter((doc) => !hidden.has(doc))
    .map((doc) =>
      doc.kind === 'rule'
        ? compileRule(doc, options)
        : compileCorrelation(doc, (ref) => byRef.get(ref), options),
    );
}

/** Documents by id and by name (the first of each wins). */
function refIndex(documents: readonly SigmaDocument[]): Map<string, SigmaDocument> {
  const byRef = new Map<string, SigmaDocument>();
  for (const doc of documents) {
    if (doc.id !== undefined && !byRef.has(doc.id)) byRef.set(doc.id, doc);
    if (doc.name !== undefined && !byRef.has(doc.name)) byRef.set(doc.name, doc);
  }
  return byRef;
}

/**
 * The rules that only feed a correlation (its `generate` is false, the default): per the
 * Sigma correlation specification they raise no alert of their own.
 */
export function hiddenByCorrelations(documents: readonly SigmaDocument[]): Set<SigmaDocument> {
  const byRef = refIndex(documents);
  const hidden = new Set<SigmaDocument>();
  for (const doc of documents) {
    if (doc.kind !== 'correlation' || doc.correlation.generate) continue;
    for (const ref of doc.correlation.rules) {
      const target = byRef.get(ref);
      if (target) hidden.add(target);
    }
  }
  return hidden;
}
