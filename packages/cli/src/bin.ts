#!/usr/bin/env node
import { CommanderError } from 'commander';
import { CliError } from './CliError.js';
import { createProgram } from './program.js';

const program = createProgram().exitOverride();
try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else if (err instanceof CliError) {
    process.stderr.write(`kunren: ${err.message}\n`);
    process.exitCode = err.exitCode;
  } else {
    const e = err as Error;
    process.stderr.write(`kunren: internal error: ${e.message}\n`);
    if (process.env.KUNREN_DEBUG) process.stderr.write(`${e.stack ?? ''}\n`);
    else process.stderr.write('(set KUNREN_DEBUG=1 for the stack trace, and report it)\n');
    process.exitCode = 3;
  }
}
