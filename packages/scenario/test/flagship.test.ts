import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenarioFile } from '@kunren/scenario';

const flagship = fileURLToPath(
  new URL('../../../content/scenarios/ministry-targeted-attack/scenario.yaml', import.meta.url),
);

describe('the flagship scenario', () => {
  it.skipIf(!existsSync(flagship))(
    'content/scenarios/ministry-targeted-attack validates',
    async () => {
      const result = await loadScenarioFile(flagship);
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    },
  );
});
