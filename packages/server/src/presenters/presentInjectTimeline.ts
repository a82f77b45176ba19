import type { Inject } from '@kunren/domain';
import { Type, type Static } from '@sinclair/typebox';
import type { ExerciseRuntime } from '../runtime/ExerciseRuntime.js';
import type { TeamRuntime } from '../runtime/TeamRuntime.js';
import { literals } from '../schemas/common.js';
import type { MessageRecord } from '../state/StateStore.js';
import { distributionWindow } from './distributionWindow.js';
import { resolveLocalized } from './resolveLocalized.js';

const Window = Type.Object({ from: Type.Integer(), to: Type.Integer() });

/** One scheduled inject of a team, as the white cell plans around it (staff only). */
export const ScheduledInjectView = Type.Object({
  id: Type.String(),
  from: Type.String({ description: 'Counterpart id' }),
  subject: Type.Record(Type.String(), Type.String(), {
    description: "Per language, resolved in the team's world",
  }),
  severity: Type.Optional(Type.String()),
  trigger: Type.Object({
    kind: literals(['time', 'stage', 'action']),
    ref: Type.Union([Type.String(), Type.Null()], {
      description: 'The stage or response-action kind that triggers it (null for time)',
    }),
    delay: Window,
  }),
  expected: Type.Union([Window, Type.Null()], {
    description:
      'Sim ms window of the world delivering it, once known (time trigger, or stage reached)',
  }),
  status: literals(['scheduled', 'delivered', 'sent-early']),
  simTime: Type.Union([Type.Integer(), Type.Null()], {
    description: 'When it was delivered or sent early; null while scheduled',
  }),
});

/** One team's inject timeline: the scenario's injects and the manual ones sent. */
export const InjectTimelineView = Type.Object({
  teamId: Type.String(),
  name: Type.String(),
  scheduled: Type.Array(ScheduledInjectView),
  manual: Type.Array(
    Type.Object({
      id: Type.String(),
      from: Type.String(),
      subject: Type.String(),
      simTime: Type.Integer(),
    }),
  ),
});
/** An inject timeline view. */
export type InjectTimelineView = Static<typeof InjectTimelineView>;

function expected(team: TeamRuntime, inject: Inject, delay: { min: number; max: number }) {
  const tr = inject.trigger;
  if ('at' in tr) return { from: delay.min, to: delay.max };
  if ('stage' in tr) {
    const reached = team.stages.find((s) => s.id === tr.stage && s.status === 'done');
    if (reached) return { from: reached.at + delay.min, to: reached.at + delay.max };
  }
  return null;
}

/** Presents a team's inject timeline for the white cell (scheduled times are ground truth). */
export function presentInjectTimeline(
  exercise: ExerciseRuntime,
  teamId: string,
  messages: readonly MessageRecord[],
): InjectTimelineView {
  const team = exercise.team(teamId);
  const record = exercise.teamRecords.find((t) => t.id === teamId)!;
  const scheduled = exercise.scenario.injects.map((inject) => {
    const tr = inject.trigger;
    const delay = distributionWindow('at' in tr ? tr.at : tr.delay);
    const early = team.sentEarly.get(inject.id);
    const fired = team.injects.find((i) => i.id === inject.id);
    const subject = resolveLocalized(team, inject.subject);
    return {
      id: inject.id,
      from: inject.from,
      subject,
      ...(inject.severity ? { severity: inject.severity } : {}),
      trigger: {
        kind:
          'at' in tr ? ('time' as const) : 'stage' in tr ? ('stage' as const) : ('action' as const),
        ref: 'stage' in tr ? tr.stage : 'action' in tr ? tr.action : null,
        delay: { from: delay.min, to: delay.max },
      },
      expected: expected(team, inject, delay),
      status: early
        ? ('sent-early' as const)
        : fired
          ? ('delivered' as const)
          : ('scheduled' as const),
      simTime: early?.at ?? fired?.at ?? null,
    };
  });
  return {
    teamId,
    name: record.name,
    scheduled,
    manual: messages
      .filter((m) => m.kind === 'inject')
      .map((m) => ({ id: m.id, from: m.counterpartId, subject: m.subject, simTime: m.simAt })),
  };
}
