export { createProgram } from './program.js';
export { CliError } from './CliError.js';
export { createProgress, type Progress } from './progress.js';
