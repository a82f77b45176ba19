import type { FastifyRequest } from 'fastify';
import { authenticate, type Caller } from '../auth/authenticate.js';
import { can, isStaff, type Permission } from '../auth/policy.js';
import type { ExerciseRuntime } from '../runtime/ExerciseRuntime.js';
import type { TeamRecord } from '../state/StateStore.js';
import type { AppContext } from './AppContext.js';
import { errors } from './errors.js';

/** The authenticated caller, or a 401 (403 on a missing CSRF token). */
export function caller(ctx: AppContext, request: FastifyRequest): Promise<Caller> {
  return authenticate(ctx.state, request, ctx.clock.now());
}

/** The caller when their role holds `permission`, else a 403. */
export async function permitted(
  ctx: AppContext,
  request: FastifyRequest,
  permission: Permission,
  what: string,
): Promise<Caller> {
  const c = await caller(ctx, request);
  if (!can(c.user.role, permission)) throw errors.forbidden(what);
  return c;
}

/** A team the caller may work in or watch: staff any team, trainees only their own (else 404). */
export async function teamAccess(
  ctx: AppContext,
  request: FastifyRequest,
  teamId: string,
): Promise<{ caller: Caller; team: TeamRecord; exercise: ExerciseRuntime; staff: boolean }> {
  const c = await caller(ctx, request);
  const team = await ctx.state.getTeam(teamId);
  if (!team) throw errors.notFound('team', teamId);
  const staff = isStaff(c.user.role);
  if (!staff && !(await ctx.state.listMembers(teamId)).includes(c.user.id))
    throw errors.notFound('team', teamId);
  return { caller: c, team, exercise: ctx.runtime.get(team.exerciseId), staff };
}

/** An exercise the caller may see: staff any, trainees those they have a team in (else 404). */
export async function exerciseAccess(
  ctx: AppContext,
  request: FastifyRequest,
  exerciseId: string,
): Promise<{
  caller: Caller;
  exercise: ExerciseRuntime;
  staff: boolean;
  ownTeams: readonly TeamRecord[];
}> {
  const c = await caller(ctx, request);
  const staff = isStaff(c.user.role);
  const ownTeams = (await ctx.state.teamsOfUser(c.user.id)).filter(
    (t) => t.exerciseId === exerciseId,
  );
  if (!staff && ownTeams.length === 0) throw errors.notFound('exercise', exerciseId);
  return { caller: c, exercise: ctx.runtime.get(exerciseId), staff, ownTeams };
}
