import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Scenario } from '@kunren/domain';
import { formatProblem, loadScenarioFile } from '@kunren/scenario';
import type { ScenarioEntry, ScenarioSource } from '../runtime/ScenarioSource.js';

/** Scenarios from `<contentDir>/scenarios/<id>/scenario.yaml`, loaded and validated once each. */
export function contentScenarios(contentDir: string): ScenarioSource {
  const cache = new Map<string, Promise<Scenario>>();
  const load = (path: string): Promise<Scenario> => {
    let p = cache.get(path);
    if (!p) {
      p = loadScenarioFile(path).then((r) => {
        if (!r.ok)
          throw new Error(
            `${path} is not a valid scenario:\n${r.problems.map((x) => formatProblem(x)).join('\n')}`,
          );
        return r.scenario;
      });
      cache.set(path, p);
      p.catch(() => cache.delete(path));
    }
    return p;
  };
  return {
    load,
    async list(): Promise<readonly ScenarioEntry[]> {
      const root = join(contentDir, 'scenarios');
      const out: ScenarioEntry[] = [];
      for (const id of (await readdir(root)).sort()) {
        const path = join(root, id, 'scenario.yaml');
        if (!(await stat(path).catch(() => undefined))?.isFile()) continue;
        const scenario = await load(path);
        out.push({ id: scenario.id, path, title: scenario.title.en });
      }
      return out;
    },
  };
}
