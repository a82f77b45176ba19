import type { InjectTimeline, ScheduledInject } from '../../api/types.js';

/** One scenario inject as the control room lists it for the chosen team. */
export interface InjectRow {
  /** The inject as the chosen team has it (status, time, expected window). */
  readonly inject: ScheduledInject;
  /** Teams that have it (delivered or sent early), of all teams. */
  readonly reached: number;
  readonly teams: number;
  /** Teams it is still scheduled for: "send now to all" sends to these. */
  readonly pending: readonly string[];
  /** Sim ms the row sorts by: when it arrived, else when it is expected; unknown last. */
  readonly order: number;
}

/**
 * The inject timeline of `teamId` with every team's progress on each inject, in time
 * order (delivered at their time, scheduled at their expected start, trigger-bound ones
 * whose time is not known yet at the end, in scenario order).
 */
export function injectRows(timelines: readonly InjectTimeline[], teamId: string): InjectRow[] {
  const mine = timelines.find((t) => t.teamId === teamId);
  if (!mine) return [];
  return mine.scheduled
    .map((inject, index) => {
      const others = timelines.map((t) => ({
        teamId: t.teamId,
        status: t.scheduled.find((s) => s.id === inject.id)?.status ?? 'scheduled',
      }));
      return {
        index,
        inject,
        reached: others.filter((o) => o.status !== 'scheduled').length,
        teams: timelines.length,
        pending: others.filter((o) => o.status === 'scheduled').map((o) => o.teamId),
        order: inject.simTime ?? inject.expected?.from ?? Number.POSITIVE_INFINITY,
      };
    })
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .map(({ index: _index, ...row }) => row);
}

/** A sim-ms delay as `1h30m`, `45m`, `2d3h` (0 → `0m`). */
export function formatDelay(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const text = `${d ? `${d}d` : ''}${h ? `${h}h` : ''}${m ? `${m}m` : ''}`;
  return text || '0m';
}
