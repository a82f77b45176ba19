import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attackTactic, attackTactics, attackTechnique, attackTechniques } from '@kunren/domain';

const release = JSON.parse(
  readFileSync(
    new URL('../../../../shared/data/attack/enterprise-attack.json', import.meta.url),
    'utf8',
  ),
) as {
  tactics: { id: string; shortname: string }[];
  techniques: {
    id: string;
    name: string;
    tactics: string[];
    revoked: boolean;
    deprecated: boolean;
  }[];
};

describe('ATT&CK table', () => {
  it('holds every technique of the shared release with its name, tactics and flags', () => {
    expect(attackTechniques()).toHaveLength(release.techniques.length);
    for (const t of release.techniques) {
      const mine = attackTechnique(t.id);
      expect(mine, t.id).toBeDefined();
      expect(mine?.name).toBe(t.name);
      expect(mine?.tactics).toEqual(t.tactics);
      expect(mine?.revoked).toBe(t.revoked);
      expect(mine?.deprecated).toBe(t.deprecated);
    }
  });

  it('keeps the 14 tactics in matrix order', () => {
    expect(attackTactics().map((t) => t.id)).toEqual(release.tactics.map((t) => t.id));
    expect(attackTactics()[0]?.shortname).toBe('reconnaissance');
    expect(attackTactics()[13]?.shortname).toBe('impact');
  });

  it('T1003.001 is LSASS Memory under OS Credential Dumping, credential access', () => {
    expect(attackTechnique('T1003.001')).toEqual({
      id: 'T1003.001',
      name: 'LSASS Memory',
      fullName: 'OS Credential Dumping: LSASS Memory',
      tactics: ['credential-access'],
      parent: 'T1003',
      revoked: false,
      deprecated: false,
      url: 'https://attack.mitre.org/techniques/T1003/001',
    });
  });

  it('t1566.001 is found case-insensitively', () => {
    expect(attackTechnique(' t1566.001 ')?.name).toBe('Spearphishing Attachment');
  });

  it('T1002 is known but revoked', () => {
    expect(attackTechnique('T1002')?.revoked).toBe(true);
  });

  it('T1685 (ATT&CK v19) is not in the v18 table', () => {
    expect(attackTechnique('T1685')).toBeUndefined();
  });

  it('credential-access and TA0006 name the same tactic', () => {
    expect(attackTactic('credential-access')).toBe(attackTactic('TA0006'));
    expect(attackTactic('ta0006')?.name).toBe('Credential Access');
  });

  it('every sub-technique has a parent in the table', () => {
    for (const t of attackTechniques()) {
      if (t.parent !== undefined) expect(attackTechnique(t.parent), t.id).toBeDefined();
    }
  });
});
