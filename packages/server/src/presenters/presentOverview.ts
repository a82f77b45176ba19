import type { ExerciseRuntime } from '../runtime/ExerciseRuntime.js';
import type { TeamScore } from '../runtime/EnginePort.js';
import type { ActionRecord } from '@kunren/domain';
import type { SubmissionRecord, TriageRecord } from '../state/StateStore.js';
import type { TeamOverview } from '../schemas/teamOverview.js';

const CONTAINMENT = new Set([
  'isolate-host',
  'block-ip',
  'block-domain',
  'disable-account',
  'reset-password',
  'kill-process',
  'quarantine-file',
  'remove-persistence',
]);

/** Presents a team for the instructor's live board. */
export function presentOverview(
  exercise: ExerciseRuntime,
  teamId: string,
  data: {
    actions: readonly ActionRecord[];
    submissions: readonly SubmissionRecord[];
    triage: readonly TriageRecord[];
    score: TeamScore;
  },
): TeamOverview {
  const team = exercise.team(teamId);
  const record = exercise.teamRecords.find((t) => t.id === teamId)!;
  const done = team.stages.filter((s) => s.status === 'done');
  const last = done[done.length - 1];
  const kinds = new Map(exercise.scenario.responseActions.map((a) => [a.id, a.kind]));
  const detectionTasks = new Set(
    exercise.scenario.tasks.filter((t) => t.phase === 'detection-analysis').map((t) => t.id),
  );
  const detected = data.submissions
    .filter((s) => s.correct && detectionTasks.has(s.taskId))
    .map((s) => s.simAt);
  const contained = data.actions
    .filter((a) => CONTAINMENT.has(kinds.get(a.action) ?? ''))
    .map((a) => a.at);
  const closed = new Set(
    data.triage
      .filter((t) => t.state === 'closed' || t.state === 'false-positive')
      .map((t) => t.alertId),
  );
  return {
    teamId,
    name: record.name,
    simTime: team.world.now,
    stageReached: last ? { id: last.id, simTime: last.at } : null,
    stagesReached: done.length,
    detectedAt: detected.length ? Math.min(...detected) : null,
    containedAt: contained.length ? Math.min(...contained) : null,
    score: data.score.total,
    openAlerts: [...team.alerts.keys()].filter((id) => !closed.has(id)).length,
    actions: data.actions.length,
    lastActivity: team.lastActivity,
  };
}
