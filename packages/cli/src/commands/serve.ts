import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { createServer, ensureAdmin, generatePassword, seedDemo } from '@kunren/server';
import { randomBytes } from 'node:crypto';
import { CliError } from '../CliError.js';

/** The repository's content directory (next to `packages/`). */
const defaultContent = fileURLToPath(new URL('../../../../content', import.meta.url));

interface ServeOptions {
  port: string;
  host: string;
  data: string;
  content: string;
  demo?: boolean;
  demoPassword?: string;
}

/**
 * `kunren serve [--port 8080] [--data ./data] [--demo] [--demo-password PW]`: the exercise
 * server with state in SQLite (or PostgreSQL with DATABASE_URL) and telemetry in DuckDB in
 * one data directory. First start creates an administrator and prints its password once.
 */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the exercise server (HTTP + WebSocket)')
    .option('--port <port>', 'TCP port', '8080')
    .option('--host <host>', 'address to listen on', '0.0.0.0')
    .option('--data <dir>', 'data directory (state.sqlite, telemetry.duckdb)', './data')
    .option('--content <dir>', 'content directory (scenarios/, rules/)', defaultContent)
    .option(
      '--demo',
      'seed demo accounts (admin, instructor, evaluator, a1…c2 in teams A–C) and a flagship exercise',
    )
    .option(
      '--demo-password <pw>',
      'password of every demo account (generated and printed when omitted)',
    )
    .action(async (o: ServeOptions) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new CliError(`--port ${o.port}: give a port number 0–65535`);
      if (o.demoPassword !== undefined && o.demoPassword.length < 8)
        throw new CliError('--demo-password: use at least 8 characters');
      const contentDir = resolve(o.content);
      const flagship = join(contentDir, 'scenarios', 'ministry-targeted-attack', 'scenario.yaml');
      if (!existsSync(join(contentDir, 'scenarios')))
        throw new CliError(`--content ${o.content}: no scenarios/ folder there`);
      let server;
      try {
        server = await createServer({
          dataDir: resolve(o.data),
          contentDir,
          logger: { level: process.env.LOG_LEVEL ?? 'info' },
        });
      } catch (e) {
        throw new CliError(`cannot start: ${(e as Error).message}`, 1);
      }
      if (o.demo) {
        const password = o.demoPassword ?? generatePassword(randomBytes);
        if (await seedDemo(server.state, server.runtime, password, flagship)) {
          process.stdout.write(
            `Demo seeded: log in as admin, instructor, evaluator, a1, a2, b1, b2, c1 or c2` +
              (o.demoPassword ? ' with the password you gave.\n' : ` with password: ${password}\n`),
          );
        }
      } else {
        const password = await ensureAdmin(server.state);
        if (password)
          process.stdout.write(
            `First start: created user "admin" with one-time password: ${password}\n`,
          );
      }
      await server.start();
      server.runtime.startTimer(250, (err) => server.app.log.error({ err }, 'tick failed'));
      server.board.start(250, (err) => server.app.log.error({ err }, 'live board failed'));
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        server.app.log.info({ signal }, 'shutting down');
        void server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
      try {
        await server.app.listen({ port, host: o.host });
      } catch (e) {
        await server.close();
        throw new CliError(`cannot listen on ${o.host}:${port}: ${(e as Error).message}`, 2);
      }
    });
}
