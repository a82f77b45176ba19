import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DUCKDB_FILE, DuckDbTelemetryStore } from './duckdb/DuckDbTelemetryStore.js';
import type { ImportFormat } from './import/ImportFormat.js';
import { importFiles, type ImportProgress, type ImportReport } from './import/importFiles.js';
import { StoreError } from './StoreError.js';
import type { TelemetryScope, TelemetryStore } from './TelemetryStore.js';

/** The scope `kunren import` and `openData` use when none is given. */
export const DEFAULT_IMPORT_SCOPE: TelemetryScope = { exerciseId: 'import', teamId: 'default' };

/** How to open data for a command-line hunt. */
export interface OpenDataOptions {
  /** Format of a log file (default `auto`); ignored for a store directory. */
  readonly format?: ImportFormat | 'auto';
  readonly exerciseId?: string;
  readonly teamId?: string;
  readonly onProgress?: (progress: ImportProgress) => void;
}

/** An opened data source: the store to query, the scope its data is in, and the import report. */
export interface OpenedData {
  readonly store: TelemetryStore;
  readonly scope: TelemetryScope;
  /** What importing a log file gave; undefined for a store directory. */
  readonly report: ImportReport | undefined;
}

/**
 * Opens what a user points a command at: a store directory (made by `kunren import --into`)
 * is opened as it is; a log file is imported into a temporary in-memory DuckDB store first.
 * The caller closes `store`. Throws `store.open_failed` for a directory that holds no store.
 */
export async function openData(
  pathOrDir: string,
  options: OpenDataOptions = {},
): Promise<OpenedData> {
  const scope: TelemetryScope = {
    exerciseId: options.exerciseId ?? DEFAULT_IMPORT_SCOPE.exerciseId,
    teamId: options.teamId ?? DEFAULT_IMPORT_SCOPE.teamId,
  };
  let isDir: boolean;
  try {
    isDir = statSync(pathOrDir).isDirectory();
  } catch {
    throw new StoreError(
      'import.unreadable',
      `${pathOrDir} does not exist`,
      'give a log file or a store directory',
    );
  }
  if (isDir) {
    if (!existsSync(join(pathOrDir, DUCKDB_FILE))) {
      throw new StoreError(
        'store.open_failed',
        `${pathOrDir} is not a kunren store directory (it has no ${DUCKDB_FILE})`,
        `import logs into it first: kunren import <files...> --into ${pathOrDir}`,
      );
    }
    return { store: await DuckDbTelemetryStore.open({ dir: pathOrDir }), scope, report: undefined };
  }
  const store = await DuckDbTelemetryStore.open({});
  try {
    const report = await importFiles(store, scope, [pathOrDir], {
      ...(options.format ? { format: options.format } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    return { store, scope, report };
  } catch (e) {
    await store.close();
    throw e;
  }
}
