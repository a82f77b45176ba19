import type { Scenario } from '@kunren/domain';
import { compileTemplate } from '../template/compileTemplate.js';
import type { ScoringTruth } from './ScoreInput.js';

/**
 * Resolves a task's answer key (`{{indicator.c2Domain}}`, `{{stage.initial-access.host}}`,
 * `{{domain}}`, or plain text) against a world's ground truth. Returns undefined when a
 * variable has no value in this world (a stage never reached, an unknown indicator) or is not
 * meaningful in an answer key (`{{random.hex8}}`, `{{user}}`), so nobody is graded against
 * a half-rendered key.
 */
export function resolveAnswerKey(
  key: string,
  scenario: Scenario,
  truth: ScoringTruth,
): string | undefined {
  let out = '';
  for (const part of compileTemplate(key)) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    let value: string | undefined;
    switch (part.v) {
      case 'indicator':
        value = Object.hasOwn(truth.indicators, part.name)
          ? truth.indicators[part.name]
          : undefined;
        break;
      case 'stage': {
        const stage = truth.stages.find((s) => s.id === part.id);
        value = (part.field === 'host' ? stage?.host : stage?.user) ?? undefined;
        break;
      }
      case 'domain':
        value = scenario.organisation.domain;
        break;
      case 'host':
      case 'user':
      case 'ip':
      case 'targetHost':
      case 'targetUser':
      case 'hex8':
      case 'int':
      case 'popularDomain':
      case 'fileServer':
      case 'dc':
      case 'lsassPid':
      case 'unknown':
        value = undefined;
        break;
      default: {
        const never: never = part;
        throw new Error(`unhandled template variable ${JSON.stringify(never)}`);
      }
    }
    if (value === undefined || value === '') return undefined;
    out += value;
  }
  return out.trim() === '' ? undefined : out;
}
