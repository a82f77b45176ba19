import { randomBytes, randomUUID } from 'node:crypto';
import { generatePassword, hashPassword } from '../auth/passwords.js';
import type { Runtime } from '../runtime/Runtime.js';
import type { Role, StateStore } from '../state/StateStore.js';

/**
 * On first start (no users), creates the administrator with a one-time password and
 * returns it, to be printed once; returns undefined when users exist.
 */
export async function ensureAdmin(
  state: StateStore,
  password?: string,
): Promise<string | undefined> {
  if ((await state.countUsers()) > 0) return undefined;
  const pw = password ?? generatePassword(randomBytes);
  await state.createUser({
    id: randomUUID(),
    username: 'admin',
    displayName: 'Administrator',
    role: 'admin',
    passwordHash: await hashPassword(pw),
    countryId: null,
  });
  return pw;
}

const accounts: readonly { username: string; displayName: string; role: Role; team?: string }[] = [
  { username: 'admin', displayName: 'Administrator', role: 'admin' },
  { username: 'instructor', displayName: 'White Cell', role: 'instructor' },
  { username: 'evaluator', displayName: 'Evaluator', role: 'evaluator' },
  { username: 'a1', displayName: 'Trainee A1', role: 'trainee', team: 'A' },
  { username: 'a2', displayName: 'Trainee A2', role: 'trainee', team: 'A' },
  { username: 'b1', displayName: 'Trainee B1', role: 'trainee', team: 'B' },
  { username: 'b2', displayName: 'Trainee B2', role: 'trainee', team: 'B' },
  { username: 'c1', displayName: 'Trainee C1', role: 'trainee', team: 'C' },
  { username: 'c2', displayName: 'Trainee C2', role: 'trainee', team: 'C' },
];

/**
 * The demo: accounts admin, instructor, evaluator and trainees a1…c2 in teams A, B, C,
 * all with `password`, and an exercise of `scenarioPath` ready to start. Idempotent: does
 * nothing when the accounts exist already.
 */
export async function seedDemo(
  state: StateStore,
  runtime: Runtime,
  password: string,
  scenarioPath: string,
): Promise<boolean> {
  if (await state.getUserByUsername('a1')) return false;
  const hash = await hashPassword(password);
  const ids = new Map<string, string>();
  for (const a of accounts) {
    const existing = await state.getUserByUsername(a.username);
    if (existing) {
      await state.setPassword(existing.id, hash);
      ids.set(a.username, existing.id);
      continue;
    }
    const user = await state.createUser({
      id: randomUUID(),
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      passwordHash: hash,
      countryId: null,
    });
    ids.set(a.username, user.id);
  }
  const teams = ['A', 'B', 'C'].map((name) => ({
    name,
    members: accounts.filter((a) => a.team === name).map((a) => ids.get(a.username)!),
  }));
  await runtime.create({ name: 'Demo drill', scenarioPath, teams, speed: 10 }, ids.get('admin')!);
  return true;
}
