export type { AttackTactic, AttackTechnique } from './AttackFacts.js';
export { attackTactic, attackTactics } from './attackTactics.js';
export { attackTechnique, attackTechniques } from './attackTechnique.js';
