import { errors } from '../http/errors.js';
import type { LiveHub } from '../live/LiveHub.js';
import { presentInject } from '../presenters/presentInject.js';
import { rooms } from '../live/rooms.js';
import type { StateStore } from '../state/StateStore.js';
import type { ExerciseRuntime } from './ExerciseRuntime.js';
import { SEND_NOW_ACTION } from './sendNowAction.js';

/** What sending an inject now did, team by team. */
export interface SendNowResult {
  readonly sent: readonly { readonly teamId: string; readonly simTime: number }[];
  readonly skipped: readonly {
    readonly teamId: string;
    readonly reason: 'delivered' | 'sent-early';
  }[];
}

/**
 * Sends a scheduled inject to `teamIds` at once (the white cell's send-now). Per team, in
 * its turn: the world is brought to now; a team that already has the inject is skipped;
 * otherwise the send is appended to the team's action log (durable before anything else),
 * marked in the runtime and delivered as a message frame. The world's own delivery later
 * is then suppressed, live and on every rebuild.
 */
export async function sendInjectNow(
  deps: { readonly state: StateStore; readonly hub: LiveHub },
  exercise: ExerciseRuntime,
  injectId: string,
  teamIds: readonly string[],
  by: string,
): Promise<SendNowResult> {
  const spec = exercise.scenario.injects.find((i) => i.id === injectId);
  if (!spec) throw errors.notFound('inject', injectId);
  for (const id of teamIds) exercise.team(id);
  const status = exercise.record.clock.status;
  if (status !== 'running' && status !== 'paused')
    throw errors.conflict(
      'exercise.not-running',
      'The exercise is not running.',
      'Start the exercise first; injects are sent at the current sim time.',
    );
  const sent: { teamId: string; simTime: number }[] = [];
  const skipped: { teamId: string; reason: 'delivered' | 'sent-early' }[] = [];
  for (const teamId of teamIds)
    await exercise.teamSerial(teamId, async () => {
      const team = exercise.team(teamId);
      await exercise.advanceTeam(team, exercise.simNow());
      if (team.sentEarly.has(injectId)) return void skipped.push({ teamId, reason: 'sent-early' });
      if (team.injects.some((i) => i.id === injectId))
        return void skipped.push({ teamId, reason: 'delivered' });
      const record = await deps.state.appendAction(teamId, {
        at: team.world.now,
        action: SEND_NOW_ACTION,
        target: injectId,
        by,
      });
      team.apply(record);
      sent.push({ teamId, simTime: record.at });
      deps.hub.publish(rooms.team(teamId), {
        type: 'message',
        teamId,
        message: presentInject(team, spec, record.at),
      });
    });
  return { sent, skipped };
}
