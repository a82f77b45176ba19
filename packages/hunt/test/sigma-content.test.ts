import { attackTactic, attackTechnique } from '@kunren/domain';
import { describe, expect, it } from 'vitest';
import { compileDocuments, loadSigmaFiles } from '../src/index.js';

const contentDir = new URL('../../../content/rules', import.meta.url).pathname;

describe("kunren's built-in rules (content/rules)", () => {
  it('load without errors, compile, and carry a licence, a unique id and valid ATT&CK tags', async () => {
    const loaded = await loadSigmaFiles([contentDir]);
    expect(loaded.errors).toEqual([]);
    expect(loaded.files.length).toBeGreaterThanOrEqual(14);
    const ids = loaded.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const doc of loaded.documents) {
      expect(doc.id, doc.title).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(doc.license, doc.title).toBe('Apache-2.0');
      for (const tag of doc.tags) {
        const name = tag.replace(/^attack\./, '');
        if (/^t\d{4}/i.test(name)) {
          const t = attackTechnique(name);
          expect(t, `${doc.title}: ${tag}`).toBeDefined();
          expect(t?.revoked || t?.deprecated, `${doc.title}: ${tag}`).toBe(false);
        } else {
          expect(attackTactic(name), `${doc.title}: ${tag}`).toBeDefined();
        }
      }
    }
    const results = compileDocuments(loaded.documents);
    const failed = results
      .filter((r) => !r.ok)
      .map((r) => `${r.meta.title}: ${r.ok ? '' : r.reason}`);
    expect(failed).toEqual([]);
    // Every published rule (not the base rules feeding correlations) names its techniques and level.
    for (const r of results) {
      expect(r.meta.techniques.length, r.meta.title).toBeGreaterThan(0);
      expect(['low', 'medium', 'high', 'critical'], r.meta.title).toContain(r.meta.level);
    }
    const titles = results.map((r) => r.meta.title);
    expect(titles).not.toContain('Failed Logon');
    expect(titles).toContain('Many Failed Logons From One Source');
  });
});
