export type { Problem, ProblemId } from './Problem.js';
export { formatProblem } from './Problem.js';
export type { LoadResult } from './loadScenario.js';
export { loadScenario } from './loadScenario.js';
export { loadScenarioFile } from './loadScenarioFile.js';
export { scenarioJsonSchema } from './schema/scenarioValidator.js';
export { SIMPLE_TEMPLATE_VARIABLES } from './checks/checkTemplates.js';
export { scenarioSchemaText } from './schema/scenarioSchemaText.js';
