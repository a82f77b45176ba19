import { Command } from 'commander';
import { registerHuntCommand } from './commands/hunt.js';
import { registerImportCommand } from './commands/import.js';
import { registerServeCommand } from './commands/serve.js';
import { registerSigmaCommand } from './commands/sigma.js';
import { registerSimulateCommand } from './commands/simulate.js';
import { registerSolveCommand } from './commands/solve.js';
import { registerValidateCommand } from './commands/validate.js';

/** Builds the `kunren` command line with every subcommand registered. */
export function createProgram(): Command {
  const program = new Command('kunren')
    .description('kunren — cyber-defence drills on a simulated organisation under attack')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)');
  const scenario = program
    .command('scenario')
    .description('validate, simulate and solve drill scenarios');
  registerValidateCommand(scenario);
  registerSimulateCommand(scenario);
  registerSolveCommand(scenario);
  registerHuntCommand(program);
  registerSigmaCommand(program);
  registerImportCommand(program);
  registerServeCommand(program);
  return program;
}
