import type { LogonFailure } from '../telemetry/index.js';
import type { Sim } from '../sim/Sim.js';
import type { StepContext } from './StepContext.js';

/**
 * Why a logon with `username` fails now, or undefined when it works: a disabled account
 * fails for everyone; for the adversary, a credential stolen before a password reset (or
 * invalidated otherwise) is rejected as a bad password.
 */
export function credentialFailure(
  sim: Sim,
  ctx: StepContext,
  username: string,
): LogonFailure | undefined {
  const u = sim.model.userByName.get(username);
  if (u !== undefined && sim.state.users[u]?.disabled) return 'account-disabled';
  if (ctx.stage === '') return undefined;
  const creds = sim.state.adversary.credentials;
  let stolen = false;
  for (let i = creds.length - 1; i >= 0; i--) {
    const c = creds[i]!;
    if (c.user !== username) continue;
    if (c.valid) return undefined;
    stolen = true;
  }
  return stolen ? 'bad-password' : undefined;
}
