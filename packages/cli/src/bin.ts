#!/usr/bin/env node
import type { Command } from 'commander';
import { CommanderError } from 'commander';
import { CliError } from './CliError.js';
import { createProgram } from './program.js';

/** Makes every command throw instead of exiting, so errors are reported one way. */
function overrideExits(command: Command): void {
  command.exitOverride();
  for (const sub of command.commands) overrideExits(sub);
}

// Output piped into `head` and closed early is not an error: stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = createProgram();
overrideExits(program);
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
