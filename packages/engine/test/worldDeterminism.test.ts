import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMPACT, FLAGSHIP_FILE, HOUR, ndjsonHash, scenarioAt } from './worldFixture.js';

/**
 * Golden hashes of whole runs: scenario × seed × team × duration → SHA-256 of the NDJSON.
 * A change to the engine, the telemetry builders or the scenario that changes any byte
 * fails here. When the change is intended, regenerate with
 * `KUNREN_UPDATE_GOLDEN=1 npx vitest run packages/engine/test/worldDeterminism.test.ts`
 * and commit the new file with the change that caused it.
 */
const GOLDEN = fileURLToPath(new URL('./golden/world.json', import.meta.url));
const golden: Record<string, { sha256: string; events: number }> = existsSync(GOLDEN)
  ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, { sha256: string; events: number }>)
  : {};
const update = process.env.KUNREN_UPDATE_GOLDEN === '1';

const cases = [
  { name: 'compact seed 7 team blue 48h', file: COMPACT, seed: 7, team: 'blue', until: 48 * HOUR },
  {
    name: 'flagship seed 1 team team-a 14h',
    file: FLAGSHIP_FILE,
    seed: 1,
    team: 'team-a',
    until: 14 * HOUR,
  },
];

describe('golden determinism', () => {
  for (const c of cases) {
    it(`${c.name}: two runs give byte-identical NDJSON equal to the committed hash`, async () => {
      const scenario = await scenarioAt(c.file);
      const first = ndjsonHash(scenario, c.seed, c.team, c.until);
      const second = ndjsonHash(scenario, c.seed, c.team, c.until);
      expect(second).toEqual(first);
      expect(first.events).toBeGreaterThan(1000);
      if (update) {
        golden[c.name] = first;
        writeFileSync(GOLDEN, `${JSON.stringify(golden, null, 2)}\n`);
      }
      expect(first).toEqual(golden[c.name]);
    });
  }

  it('another seed or team gives a different run', async () => {
    const scenario = await scenarioAt(COMPACT);
    const base = ndjsonHash(scenario, 7, 'blue', 12 * HOUR);
    expect(ndjsonHash(scenario, 8, 'blue', 12 * HOUR).sha256).not.toBe(base.sha256);
    expect(ndjsonHash(scenario, 7, 'red', 12 * HOUR).sha256).not.toBe(base.sha256);
  });
});
