import { readFile } from 'node:fs/promises';
import { loadScenario, type LoadResult } from './loadScenario.js';

/** Why a file could not be read, in words. */
function reason(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory; give the scenario.yaml inside it';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return e.message;
  }
}

/**
 * Reads and loads a scenario file (see {@link loadScenario}). An unreadable file gives one
 * problem with id `scenario.unreadable-file` (the CLI exits 2 for it), never an exception.
 */
export async function loadScenarioFile(path: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return {
      ok: false,
      problems: [
        {
          id: 'scenario.unreadable-file',
          file: path,
          line: 1,
          col: 1,
          message: `cannot read the file: ${reason(e as NodeJS.ErrnoException)}`,
        },
      ],
    };
  }
  return loadScenario(text, path);
}
