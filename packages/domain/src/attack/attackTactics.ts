import type { AttackTactic } from './AttackFacts.js';
import { TACTIC_ROWS } from './attackTable.js';

const TACTICS: readonly AttackTactic[] = TACTIC_ROWS.map(([id, shortname, name], order) => ({
  id,
  shortname,
  name,
  order,
}));
const BY_KEY = new Map<string, AttackTactic>();
for (const t of TACTICS) {
  BY_KEY.set(t.id, t);
  BY_KEY.set(t.shortname, t);
}

/** The 14 ATT&CK Enterprise tactics in matrix order (reconnaissance … impact). */
export function attackTactics(): readonly AttackTactic[] {
  return TACTICS;
}

/** A tactic by id (`TA0006`) or shortname (`credential-access`); undefined if unknown. */
export function attackTactic(idOrShortname: string): AttackTactic | undefined {
  return BY_KEY.get(idOrShortname.trim()) ?? BY_KEY.get(idOrShortname.trim().toUpperCase());
}
