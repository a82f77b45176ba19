export type * from './Score.js';
export type * from './ScoreInput.js';
export { scoreTeam } from './scoreTeam.js';
export { resolveAnswerKey } from './resolveAnswerKey.js';
export { resolvedKeys } from './scoreTasks.js';
export { playReferenceSolution, REFERENCE_TEAM, type TeamRun } from './playReferenceSolution.js';
