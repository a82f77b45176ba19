import type { Scenario } from '@kunren/domain';
import { attackTechnique, attackTechniques } from '@kunren/domain';
import { editDistance } from '../didYouMean.js';
import type { DocPath, Finding } from '../Finding.js';

/** Hints for an id ATT&CK does not have: the parent's sub-techniques, or ids one typo away. */
function hintFor(id: string): string {
  const parentId = id.split('.')[0] as string;
  const parent = id.includes('.') ? attackTechnique(parentId) : undefined;
  if (parent) {
    const subs = attackTechniques().filter(
      (t) => t.parent === parent.id && !t.revoked && !t.deprecated,
    );
    const range =
      subs.length > 0 ? `; its sub-techniques are ${subs[0]?.id}–${subs.at(-1)?.id}` : '';
    return `; did you mean ${parent.id} (${parent.name})${range}?`;
  }
  const close = attackTechniques()
    .filter((t) => !t.revoked && !t.deprecated && editDistance(t.id, id) === 1)
    .slice(0, 3);
  if (close.length === 0) return '; see https://attack.mitre.org/techniques/enterprise/';
  return `; did you mean ${close.map((t) => `${t.id} (${t.fullName})`).join(' or ')}?`;
}

/** One technique id: known to ATT&CK Enterprise and neither revoked nor deprecated. */
function checkId(id: string, path: DocPath, where: string): Finding | undefined {
  const t = attackTechnique(id);
  if (!t) {
    return {
      id: 'scenario.unknown-technique',
      path,
      message: `technique ${id} in ${where} is not in ATT&CK Enterprise${hintFor(id)}`,
    };
  }
  if (t.revoked || t.deprecated) {
    return {
      id: 'scenario.revoked-technique',
      path,
      message: `technique ${id} (${t.name}) in ${where} is ${t.revoked ? 'revoked' : 'deprecated'} in ATT&CK; use its current replacement (${t.url})`,
    };
  }
  return undefined;
}

/**
 * Technique ids: every id in `techniques` and every stage's technique exists in the ATT&CK
 * table and is current; every stage's technique is listed in the scenario's `techniques`.
 */
export function checkTechniques(scenario: Scenario): Finding[] {
  const out: Finding[] = [];
  scenario.techniques.forEach((id, i) => {
    const f = checkId(id, ['techniques', i], 'techniques');
    if (f) out.push(f);
  });
  const listed = new Set(scenario.techniques);
  scenario.adversary.stages.forEach((s, i) => {
    const path = ['adversary', 'stages', i, 'technique'];
    const f = checkId(s.technique, path, `stage "${s.id}"`);
    if (f) out.push(f);
    else if (!listed.has(s.technique)) {
      out.push({
        id: 'scenario.technique-not-listed',
        path,
        message: `technique ${s.technique} of stage "${s.id}" is missing from the scenario's techniques list; add it there`,
      });
    }
  });
  return out;
}
