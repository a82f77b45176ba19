import type { Scenario } from '@kunren/domain';
import { suggestion } from '../didYouMean.js';
import { showPath, type Finding } from '../Finding.js';
import type { ScenarioIndex } from './ScenarioIndex.js';
import { stageAncestors } from './stageAncestors.js';
import { walkStrings } from './walkStrings.js';

/** Template variables that need no name (see `activity.ts`). */
export const SIMPLE_TEMPLATE_VARIABLES = [
  'host',
  'user',
  'domain',
  'ip',
  'target.host',
  'target.user',
  'random.hex8',
  'random.int',
  'popularDomain',
  'fileServer',
  'dc',
  'lsassPid',
] as const;

const ALL_FORMS = [
  ...SIMPLE_TEMPLATE_VARIABLES,
  'indicator.<name>',
  'stage.<id>.host',
  'stage.<id>.user',
];

/**
 * Every `{{…}}` in every string of the scenario names a known variable: one of the simple
 * ones, `indicator.<name>` of a defined indicator, or `stage.<id>.host|user` of a defined
 * stage (inside a stage: one done before it). Unclosed `{{` is reported too.
 */
export function checkTemplates(scenario: Scenario, index: ScenarioIndex): Finding[] {
  const out: Finding[] = [];
  const ancestors = stageAncestors(scenario.adversary.stages);
  const indicators = [...index.indicators].sort();
  const stageIds = [...index.stages.keys()];
  walkStrings(scenario, (text, path) => {
    const inStage =
      path[0] === 'adversary' && path[1] === 'stages' && typeof path[2] === 'number'
        ? scenario.adversary.stages[path[2]]?.id
        : undefined;
    const where = inStage !== undefined ? `stage "${inStage}"` : showPath(path);
    const re = /\{\{([^{}]*)\}\}/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = (m[1] ?? '').trim();
      if ((SIMPLE_TEMPLATE_VARIABLES as readonly string[]).includes(name)) continue;
      const ind = /^indicator\.(.+)$/.exec(name);
      if (ind) {
        const n = ind[1] as string;
        if (!index.indicators.has(n)) {
          out.push({
            id: 'scenario.unknown-indicator',
            path,
            needle: m[0],
            message: `unknown indicator "${n}" in {{${name}}} in ${where}${suggestion(n, indicators, 'indicators')}`,
          });
        }
        continue;
      }
      const st = /^stage\.([^.]+)\.(host|user)$/.exec(name);
      if (st) {
        const id = st[1] as string;
        if (!index.stages.has(id)) {
          out.push({
            id: 'scenario.unknown-stage',
            path,
            needle: m[0],
            message: `unknown stage "${id}" in {{${name}}} in ${where}${suggestion(id, stageIds, 'stages')}`,
          });
        } else if (inStage !== undefined && id !== inStage && !ancestors.get(inStage)?.has(id)) {
          out.push({
            id: 'scenario.stage-not-before',
            path,
            needle: m[0],
            message: `{{${name}}} in stage "${inStage}" refers to stage "${id}", which is not sure to run before it; add "${id}" to its after`,
          });
        }
        continue;
      }
      const field = /^stage\.([^.]+)\.(.*)$/.exec(name);
      out.push({
        id: 'scenario.unknown-template',
        path,
        needle: m[0],
        message: field
          ? `unknown template variable {{${name}}} in ${where}: a stage gives .host or .user, e.g. {{stage.${field[1]}.host}}`
          : `unknown template variable {{${name}}} in ${where}${suggestion(name, ALL_FORMS, 'template variables')}`,
      });
    }
    const rest = text.replace(/\{\{[^{}]*\}\}/g, '');
    if (rest.includes('{{')) {
      out.push({
        id: 'scenario.unknown-template',
        path,
        needle: '{{',
        message: `unclosed {{ in ${where}; write templates as {{name}}`,
      });
    }
  });
  return out;
}
