import type { SigmaDocument } from './SigmaRule.js';

/** What a match report shows about the rule that matched. */
export interface SigmaRuleMeta {
  readonly id?: string;
  readonly name?: string;
  readonly title: string;
  readonly level?: string;
  readonly status?: string;
  readonly tags: readonly string[];
  /** ATT&CK technique ids from `attack.tNNNN[.NNN]` tags, upper-cased (`T1059.001`). */
  readonly techniques: readonly string[];
  /** The file the rule came from, when known. */
  readonly file?: string;
}

/** Extracts the report metadata of a rule, with ATT&CK technique ids from its tags. */
export function ruleMeta(doc: SigmaDocument): SigmaRuleMeta {
  const techniques = doc.tags
    .map((t) => /^attack\.(t\d{4}(?:\.\d{3})?)$/i.exec(t.trim())?.[1])
    .filter((t): t is string => t !== undefined)
    .map((t) => t.toUpperCase());
  return {
    ...(doc.id === undefined ? {} : { id: doc.id }),
    ...(doc.name === undefined ? {} : { name: doc.name }),
    title: doc.title,
    ...(doc.level === undefined ? {} : { level: doc.level }),
    ...(doc.status === undefined ? {} : { status: doc.status }),
    tags: doc.tags,
    techniques: [...new Set(techniques)],
    ...(doc.position.file === undefined ? {} : { file: doc.position.file }),
  };
}
