import type { Scenario } from '@kunren/domain';
import type { Finding } from '../Finding.js';
import { checkDuplicates } from './checkDuplicates.js';
import { checkNames } from './checkNames.js';
import { checkNetwork } from './checkNetwork.js';
import { checkPreconditions } from './checkPreconditions.js';
import { checkReferences } from './checkReferences.js';
import { checkStageGraph } from './checkStageGraph.js';
import { checkTasks } from './checkTasks.js';
import { checkTechniques } from './checkTechniques.js';
import { checkTemplates } from './checkTemplates.js';
import { checkTimes } from './checkTimes.js';
import { indexScenario } from './ScenarioIndex.js';

/** Every check a schema-valid scenario must also pass, in a stable order. */
export function semanticChecks(scenario: Scenario): Finding[] {
  const index = indexScenario(scenario);
  return [
    ...checkDuplicates(scenario),
    ...checkNames(scenario),
    ...checkNetwork(scenario),
    ...checkReferences(scenario, index),
    ...checkTemplates(scenario, index),
    ...checkStageGraph(scenario.adversary.stages),
    ...checkPreconditions(scenario),
    ...checkTechniques(scenario),
    ...checkTasks(scenario),
    ...checkTimes(scenario),
  ];
}
