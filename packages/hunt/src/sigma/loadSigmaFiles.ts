import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSigmaText } from './loadSigmaText.js';
import { sigmaError } from './SigmaError.js';
import type { SigmaError } from './SigmaError.js';
import type { SigmaDocument } from './SigmaRule.js';

/** Rules loaded from files and directories, with every file's problems. */
export interface SigmaFilesResult {
  readonly files: readonly string[];
  readonly documents: readonly SigmaDocument[];
  /** Per-file problems (unreadable file, YAML error, malformed rule), with positions. */
  readonly errors: readonly SigmaError[];
}

/**
 * Loads Sigma rules from files and directories (walked recursively for `.yml`/`.yaml`, in
 * sorted order). A bad file is reported and the others are still loaded.
 */
export async function loadSigmaFiles(paths: readonly string[]): Promise<SigmaFilesResult> {
  const files: string[] = [];
  const errors: SigmaError[] = [];
  for (const path of paths) {
    try {
      files.push(...(await ruleFiles(path)));
    } catch (e) {
      errors.push(unreadable(path, e));
    }
  }
  const documents: SigmaDocument[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      errors.push(unreadable(file, e));
      continue;
    }
    const loaded = loadSigmaText(text, file);
    documents.push(...loaded.documents);
    errors.push(...loaded.errors);
  }
  return { files, documents, errors };
}

async function ruleFiles(path: string): Promise<string[]> {
  const s = await stat(path);
  if (!s.isDirectory()) return [path];
  const names = (await readdir(path)).sort();
  const out: string[] = [];
  for (const name of names) {
    const child = join(path, name);
    const cs = await stat(child);
    if (cs.isDirectory()) out.push(...(await ruleFiles(child)));
    else if (/\.ya?ml$/i.test(name)) out.push(child);
  }
  return out;
}

function unreadable(path: string, e: unknown): SigmaError {
  const code = (e as { code?: string }).code;
  return sigmaError(
    'sigma.file',
    code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${(e as Error).message}`,
    { file: path, line: 1, column: 1, offset: 0 },
    'check the path',
  );
}
