export * from './ipv4.js';
export type { GradeFeedbackId, GradeOptions, GradeResult } from './GradeResult.js';
export { gradeAnswer } from './gradeAnswer.js';
export { defang, refang } from './refang.js';
export { parseAnswerTime } from './parseAnswerTime.js';
