import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../src/auth/passwords.js';
import { createServer, type Server, type ServerOptions } from '../src/createServer.js';
import { SimulatedClock } from '../src/runtime/Clock.js';
import type { Role } from '../src/state/StateStore.js';

/** The repository's content directory. */
export const contentDir = fileURLToPath(new URL('../../../content', import.meta.url));
/** The flagship scenario. */
export const flagship = join(contentDir, 'scenarios', 'ministry-targeted-attack', 'scenario.yaml');
/** Password of every test account. */
export const PASSWORD = 'correct horse battery';

/** A logged-in client: cookies and CSRF header for `app.inject`. */
export interface Session {
  readonly headers: { cookie: string; 'x-csrf-token': string };
  readonly userId: string;
}

/** A server in a temporary directory with a simulated clock; `dispose` removes everything. */
export async function testServer(options: Partial<ServerOptions> = {}): Promise<{
  server: Server;
  clock: SimulatedClock;
  dir: string;
  dispose: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'kunren-server-'));
  const clock = new SimulatedClock();
  const server = await createServer({
    dataDir: dir,
    contentDir,
    clock,
    telemetryInMemory: true,
    state: { kind: 'sqlite', file: join(dir, 'state.sqlite') },
    limits: { loginPerMinute: 1000, answersPerMinute: 1000 },
    ...options,
  });
  await server.start();
  return {
    server,
    clock,
    dir,
    dispose: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const hashes = new Map<string, Promise<string>>();

/** Creates a user with the test password. */
export async function addUser(server: Server, username: string, role: Role): Promise<string> {
  if (!hashes.has(PASSWORD)) hashes.set(PASSWORD, hashPassword(PASSWORD));
  const user = await server.state.createUser({
    id: randomUUID(),
    username,
    displayName: username,
    role,
    passwordHash: await hashes.get(PASSWORD)!,
    countryId: null,
  });
  return user.id;
}

function cookiesOf(res: LightMyRequestResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of res.cookies as { name: string; value: string }[]) out[c.name] = c.value;
  return out;
}

/** Logs in through the API and returns the session headers. */
export async function login(
  server: Server,
  username: string,
  password = PASSWORD,
): Promise<Session> {
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const c = cookiesOf(res);
  const body = res.json() as { user: { id: string }; csrfToken: string };
  return {
    headers: {
      cookie: `kunren_session=${c.kunren_session}; kunren_csrf=${c.kunren_csrf}`,
      'x-csrf-token': body.csrfToken,
    },
    userId: body.user.id,
  };
}
