import type { ActionRecord } from '@kunren/domain';
import type {
  AuditRecord,
  ExerciseRecord,
  HintPolicy,
  HintRecord,
  LocalizedMessage,
  MessageRecord,
  QueryLogRecord,
  ReportRecord,
  Role,
  ShareRecord,
  SubmissionRecord,
  TeamRecord,
  TriageRecord,
  UserRecord,
  SessionRecord,
  ExerciseStatus,
  ScoreboardMode,
  MessageKind,
} from './StateStore.js';

/** A database row: column name to value. */
export type Row = Record<string, unknown>;

const str = (v: unknown): string => String(v);
const nstr = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const json = (v: unknown): unknown =>
  v === null || v === undefined ? null : JSON.parse(String(v));

/** Row → record mappers, one per table (columns are snake_case, records camelCase). */
export const rows = {
  user: (r: Row): UserRecord => ({
    id: str(r.id),
    username: str(r.username),
    displayName: str(r.display_name),
    role: str(r.role) as Role,
    passwordHash: str(r.password_hash),
    countryId: nstr(r.country_id),
    createdAt: str(r.created_at),
  }),
  session: (r: Row): SessionRecord => ({
    id: str(r.id),
    userId: str(r.user_id),
    csrf: str(r.csrf),
    createdAt: str(r.created_at),
    expiresAt: str(r.expires_at),
  }),
  exercise: (r: Row): ExerciseRecord => ({
    id: str(r.id),
    name: str(r.name),
    scenarioId: str(r.scenario_id),
    scenarioPath: str(r.scenario_path),
    programmeId: nstr(r.programme_id),
    roundId: nstr(r.round_id),
    clock: {
      status: str(r.status) as ExerciseStatus,
      speed: Number(r.speed),
      simAt: Number(r.sim_at),
      wallAt: Number(r.wall_at),
    },
    scoreboard: str(r.scoreboard) as ScoreboardMode,
    frozenScores: json(r.frozen_scores),
    hintPolicy: str(r.hint_policy ?? 'instructor') as HintPolicy,
    branchedFrom: nstr(r.branched_from),
    createdAt: str(r.created_at),
  }),
  team: (r: Row): TeamRecord => ({
    id: str(r.id),
    exerciseId: str(r.exercise_id),
    name: str(r.name),
    seed: Number(r.seed),
    countryId: nstr(r.country_id),
  }),
  action: (r: Row): ActionRecord => ({
    seq: Number(r.seq),
    at: Number(r.at),
    action: str(r.action),
    target: str(r.target),
    ...(r.by_user === null || r.by_user === undefined ? {} : { by: str(r.by_user) }),
  }),
  submission: (r: Row): SubmissionRecord => ({
    id: str(r.id),
    teamId: str(r.team_id),
    taskId: str(r.task_id),
    userId: str(r.user_id),
    answer: str(r.answer),
    correct: Number(r.correct) === 1,
    credit: Number(r.credit),
    simAt: Number(r.sim_at),
    createdAt: str(r.created_at),
  }),
  hint: (r: Row): HintRecord => ({
    id: str(r.id),
    teamId: str(r.team_id),
    taskId: str(r.task_id),
    hintIndex: Number(r.hint_index),
    status: str(r.status) as HintRecord['status'],
    penalty: Number(r.penalty),
    decidedBy: nstr(r.decided_by),
    createdAt: str(r.created_at),
  }),
  message: (r: Row): MessageRecord => ({
    id: str(r.id),
    teamId: str(r.team_id),
    kind: str(r.kind) as MessageKind,
    counterpartId: str(r.counterpart_id),
    authorId: nstr(r.author_id),
    subject: str(r.subject),
    body: str(r.body),
    ...(r.localized === null || r.localized === undefined
      ? {}
      : { localized: json(r.localized) as LocalizedMessage }),
    simAt: Number(r.sim_at),
    createdAt: str(r.created_at),
  }),
  report: (r: Row): ReportRecord => ({
    teamId: str(r.team_id),
    content: json(r.content),
    updatedBy: str(r.updated_by),
    updatedAt: str(r.updated_at),
    submittedAt: nstr(r.submitted_at),
    grade: json(r.grade),
  }),
  triage: (r: Row): TriageRecord => ({
    teamId: str(r.team_id),
    alertId: str(r.alert_id),
    state: str(r.state) as TriageRecord['state'],
    assignee: nstr(r.assignee),
    updatedAt: str(r.updated_at),
  }),
  share: (r: Row): ShareRecord => ({
    id: str(r.id),
    exerciseId: str(r.exercise_id),
    fromTeamId: str(r.from_team_id),
    toTeamIds: json(r.to_team_ids) as string[],
    bundle: json(r.bundle),
    createdAt: str(r.created_at),
  }),
  query: (r: Row): QueryLogRecord => ({
    id: str(r.id),
    teamId: str(r.team_id),
    userId: str(r.user_id),
    query: str(r.query),
    simAt: Number(r.sim_at),
    rows: Number(r.rows_returned),
    error: nstr(r.error),
    createdAt: str(r.created_at),
  }),
  audit: (r: Row): AuditRecord => ({
    seq: Number(r.seq),
    userId: str(r.user_id),
    action: str(r.action),
    exerciseId: nstr(r.exercise_id),
    detail: json(r.detail),
    createdAt: str(r.created_at),
  }),
};
