import { spawn, type ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Debian's Chromium, which the end-to-end tests drive. */
export const CHROMIUM = '/usr/bin/chromium';
/** Where screenshots of every main screen are kept (committed for the README). */
export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A running `kunren serve --demo`. */
export interface DemoServer {
  readonly url: string;
  /** Where the server's output goes (kept after it stops). */
  readonly logFile: string;
  readonly password: string;
  readonly log: () => string;
  readonly stop: () => Promise<void>;
}

/** The newest modification time (ms) of a file or of any file under a directory. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), 0);
}

/**
 * Builds the web app when `packages/web/dist` is missing or older than its sources (the
 * app's code, its page or the shared packages it imports), so the test drives the app as
 * it is now, never a stale build.
 */
export async function ensureWebBuilt(): Promise<void> {
  const web = join(ROOT, 'packages', 'web');
  const built = join(web, 'dist', 'index.html');
  const sources = [
    join(web, 'src'),
    join(web, 'index.html'),
    join(web, 'vite.config.ts'),
    join(ROOT, 'packages', 'domain', 'src'),
    join(ROOT, 'packages', 'hunt', 'src'),
  ];
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newest))) return;
  // A production build even though vitest sets NODE_ENV=test (the app must work in both, and
  // the production build is what `npm start` serves).
  await run('npx', ['vite', 'build'], web, { NODE_ENV: 'production' });
}

function run(
  cmd: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
    p.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`)),
    );
  });
}

/**
 * Starts `kunren serve --demo` as a child process on a free port with a temporary data
 * directory, and resolves once it answers `/api/auth/me` (with 401: up, not logged in).
 */
export async function startDemoServer(password = 'demo-password-e2e'): Promise<DemoServer> {
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), 'kunren-e2e-'));
  mkdirSync(data, { recursive: true });
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'packages/cli/src/bin.ts',
      'serve',
      '--demo',
      '--demo-password',
      password,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--data',
      data,
    ],
    { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // The server's output is kept (and written beside the data directory) to explain failures.
  const logFile = join(tmpdir(), `kunren-e2e-${port}.log`);
  const keep = (b: Buffer) => {
    output += b.toString();
    appendFileSync(logFile, b);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`kunren serve exited (${child.exitCode}):\n${output}`);
    try {
      const r = await fetch(`${url}/api/auth/me`);
      if (r.status === 401) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`kunren serve did not answer within 120 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    logFile,
    password,
    log: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(data, { recursive: true, force: true });
    },
  };
}

/** Launches Debian's Chromium headless; fails with the install command when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: install it with \`apt-get install -y chromium\` (the end-to-end tests drive Debian's Chromium).`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A page that records every console error and uncaught page error. */
export async function watchedPage(
  context: BrowserContext,
  errors: string[],
  who: string,
): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${who}: console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${who}: page error: ${e.message}`));
  return page;
}

/** Logs `username` in through the login form. */
export async function login(
  page: Page,
  url: string,
  username: string,
  password: string,
): Promise<void> {
  await page.goto(url);
  await page.getByLabel(/username/i).fill(username);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.getByRole('navigation', { name: /main menu/i }).waitFor();
}
