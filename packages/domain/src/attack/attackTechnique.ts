import type { AttackTechnique } from './AttackFacts.js';
import { TECHNIQUE_ROWS } from './attackTable.js';

let table: Map<string, AttackTechnique> | undefined;

/** Builds the lookup map once, on first use. */
function techniqueTable(): Map<string, AttackTechnique> {
  if (table) return table;
  const names = new Map<string, string>(TECHNIQUE_ROWS.map(([id, name]) => [id, name]));
  table = new Map();
  for (const [id, name, tactics, flags] of TECHNIQUE_ROWS) {
    const dot = id.indexOf('.');
    const parent = dot > 0 ? id.slice(0, dot) : undefined;
    const parentName = parent !== undefined ? names.get(parent) : undefined;
    table.set(id, {
      id,
      name,
      fullName: parentName !== undefined ? `${parentName}: ${name}` : name,
      tactics: tactics === '' ? [] : tactics.split(' '),
      ...(parent !== undefined ? { parent } : {}),
      revoked: flags.includes('r'),
      deprecated: flags.includes('d'),
      url: `https://attack.mitre.org/techniques/${id.replace('.', '/')}`,
    });
  }
  return table;
}

/**
 * The ATT&CK Enterprise technique with this id (`T1003.001`, case-insensitive), revoked and
 * deprecated ones included (check the flags); undefined when ATT&CK has no such id.
 */
export function attackTechnique(id: string): AttackTechnique | undefined {
  return techniqueTable().get(id.trim().toUpperCase());
}

/** Every technique and sub-technique in the table, sorted by id. */
export function attackTechniques(): readonly AttackTechnique[] {
  return [...techniqueTable().values()];
}
