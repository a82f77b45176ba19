import type { ActionRecord } from '@kunren/domain';

/** A role: what a user may do across the platform (DESIGN.md, Who uses it). */
export type Role = 'admin' | 'coordinator' | 'instructor' | 'evaluator' | 'trainee';

/** A local account. `passwordHash` is an argon2id PHC string and never leaves the server. */
export interface UserRecord {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly passwordHash: string;
  /** The country the person represents (programme layer, later); null when unset. */
  readonly countryId: string | null;
  readonly createdAt: string;
}

/** A login session: the cookie carries `id`; every state-changing request carries `csrf`. */
export interface SessionRecord {
  readonly id: string;
  readonly userId: string;
  readonly csrf: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** A capacity-building programme (the sponsor-funded multi-year container). */
export interface ProgrammeRecord {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

/** Whether the exercise clock runs. */
export type ExerciseStatus = 'ready' | 'running' | 'paused' | 'ended';
/** What trainees see of the scoreboard. */
export type ScoreboardMode = 'visible' | 'hidden' | 'frozen';
/** Who grants a hint a team asks for: the instructor, or the server at once (penalty applied). */
export type HintPolicy = 'instructor' | 'automatic';

/**
 * The clock of an exercise: sim time advances at `speed` from `simAt` since the wall-clock
 * instant `wallAt` (ms since the epoch) while running; it stands at `simAt` otherwise.
 */
export interface ClockState {
  readonly status: ExerciseStatus;
  readonly speed: number;
  readonly simAt: number;
  readonly wallAt: number;
}

/** A drill run: one scenario played by several teams, each in its own world. */
export interface ExerciseRecord {
  readonly id: string;
  readonly name: string;
  readonly scenarioId: string;
  /** Where the scenario file was loaded from (server-side path). */
  readonly scenarioPath: string;
  readonly programmeId: string | null;
  readonly roundId: string | null;
  readonly clock: ClockState;
  readonly scoreboard: ScoreboardMode;
  /** Frozen scoreboard figures (JSON) while `scoreboard` is `frozen`. */
  readonly frozenScores: unknown;
  /** Who grants hint requests. */
  readonly hintPolicy: HintPolicy;
  /** The exercise this one was branched from, if any. */
  readonly branchedFrom: string | null;
  readonly createdAt: string;
}

/** A team in an exercise, with the seed of its world. */
export interface TeamRecord {
  readonly id: string;
  readonly exerciseId: string;
  readonly name: string;
  readonly seed: number;
  readonly countryId: string | null;
}

/** An answer a team submitted to a task. */
export interface SubmissionRecord {
  readonly id: string;
  readonly teamId: string;
  readonly taskId: string;
  readonly userId: string;
  readonly answer: string;
  readonly correct: boolean;
  /** Fraction of the task's points earned by this answer (0..1). */
  readonly credit: number;
  readonly simAt: number;
  readonly createdAt: string;
}

/** A hint a team asked for; granted by an instructor (or automatically). */
export interface HintRecord {
  readonly id: string;
  readonly teamId: string;
  readonly taskId: string;
  readonly hintIndex: number;
  readonly status: 'requested' | 'granted' | 'denied';
  readonly penalty: number;
  readonly decidedBy: string | null;
  readonly createdAt: string;
}

/** Who wrote a message: the team, a counterpart (scripted or played), or an inject. */
export type MessageKind = 'team' | 'counterpart' | 'inject';

/** A message between a team and a counterpart, or an inject delivered to the team. */
export interface MessageRecord {
  readonly id: string;
  readonly teamId: string;
  readonly kind: MessageKind;
  readonly counterpartId: string;
  readonly authorId: string | null;
  readonly subject: string;
  readonly body: string;
  /** A scripted reply's text per language tag (en always), resolved in the team's world. */
  readonly localized?: LocalizedMessage;
  readonly simAt: number;
  readonly createdAt: string;
}

/** A message's subject and body per language tag. */
export interface LocalizedMessage {
  readonly subject: Readonly<Record<string, string>>;
  readonly body: Readonly<Record<string, string>>;
}

/** A team's incident report: the structured draft, its submission and its grade. */
export interface ReportRecord {
  readonly teamId: string;
  readonly content: unknown;
  readonly updatedBy: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  readonly grade: unknown;
}

/** Triage state of an alert. */
export interface TriageRecord {
  readonly teamId: string;
  readonly alertId: string;
  readonly state: 'new' | 'investigating' | 'true-positive' | 'false-positive' | 'closed';
  readonly assignee: string | null;
  readonly updatedAt: string;
}

/** A STIX bundle of indicators one team shared with others. */
export interface ShareRecord {
  readonly id: string;
  readonly exerciseId: string;
  readonly fromTeamId: string;
  readonly toTeamIds: readonly string[];
  readonly bundle: unknown;
  readonly createdAt: string;
}

/** A hunting query a trainee ran (instructors review them). */
export interface QueryLogRecord {
  readonly id: string;
  readonly teamId: string;
  readonly userId: string;
  readonly query: string;
  readonly simAt: number;
  readonly rows: number;
  readonly error: string | null;
  readonly createdAt: string;
}

/** An entry of the audit log: every instructor and admin action. */
export interface AuditRecord {
  readonly seq: number;
  readonly userId: string;
  readonly action: string;
  readonly exerciseId: string | null;
  readonly detail: unknown;
  readonly createdAt: string;
}

/** A new action for the log: `seq` is assigned by the store. */
export type NewAction = Omit<ActionRecord, 'seq'>;

/**
 * The state store port: everything the server must not lose. Adapters: SQLite (embedded
 * default) and PostgreSQL (scale-out); one conformance suite runs on both. Every write
 * has returned only after it is durable.
 */
export interface StateStore {
  createUser(user: Omit<UserRecord, 'createdAt'>): Promise<UserRecord>;
  getUser(id: string): Promise<UserRecord | undefined>;
  getUserByUsername(username: string): Promise<UserRecord | undefined>;
  listUsers(): Promise<readonly UserRecord[]>;
  countUsers(): Promise<number>;
  setPassword(userId: string, passwordHash: string): Promise<void>;

  createSession(session: SessionRecord): Promise<void>;
  getSession(id: string): Promise<SessionRecord | undefined>;
  deleteSession(id: string): Promise<void>;

  createProgramme(programme: Omit<ProgrammeRecord, 'createdAt'>): Promise<ProgrammeRecord>;
  listProgrammes(): Promise<readonly ProgrammeRecord[]>;

  createExercise(
    exercise: Omit<ExerciseRecord, 'createdAt'>,
    teams: readonly Omit<TeamRecord, 'exerciseId'>[],
  ): Promise<ExerciseRecord>;
  getExercise(id: string): Promise<ExerciseRecord | undefined>;
  listExercises(): Promise<readonly ExerciseRecord[]>;
  setClock(exerciseId: string, clock: ClockState): Promise<void>;
  setScoreboard(exerciseId: string, mode: ScoreboardMode, frozenScores: unknown): Promise<void>;
  setHintPolicy(exerciseId: string, policy: HintPolicy): Promise<void>;

  listTeams(exerciseId: string): Promise<readonly TeamRecord[]>;
  getTeam(teamId: string): Promise<TeamRecord | undefined>;
  addMember(teamId: string, userId: string): Promise<void>;
  listMembers(teamId: string): Promise<readonly string[]>;
  teamsOfUser(userId: string): Promise<readonly TeamRecord[]>;

  /** Appends to a team's action log, durably, and returns the record with its `seq`. */
  appendAction(teamId: string, action: NewAction): Promise<ActionRecord>;
  /** The team's action log in `seq` order. */
  listActions(teamId: string): Promise<readonly ActionRecord[]>;
  /** Removes the actions taken after sim time `at` (rewind) and returns them. */
  truncateActions(teamId: string, at: number): Promise<readonly ActionRecord[]>;

  addSubmission(s: Omit<SubmissionRecord, 'createdAt'>): Promise<SubmissionRecord>;
  listSubmissions(teamId: string): Promise<readonly SubmissionRecord[]>;

  addHint(h: Omit<HintRecord, 'createdAt'>): Promise<HintRecord>;
  decideHint(id: string, status: 'granted' | 'denied', by: string): Promise<HintRecord | undefined>;
  listHints(teamId: string): Promise<readonly HintRecord[]>;

  addMessage(m: Omit<MessageRecord, 'createdAt'>): Promise<MessageRecord>;
  listMessages(teamId: string): Promise<readonly MessageRecord[]>;

  saveReportDraft(teamId: string, content: unknown, by: string): Promise<ReportRecord>;
  submitReport(teamId: string): Promise<ReportRecord | undefined>;
  gradeReport(teamId: string, grade: unknown): Promise<ReportRecord | undefined>;
  getReport(teamId: string): Promise<ReportRecord | undefined>;

  setTriage(t: Omit<TriageRecord, 'updatedAt'>): Promise<TriageRecord>;
  listTriage(teamId: string): Promise<readonly TriageRecord[]>;

  addShare(s: Omit<ShareRecord, 'createdAt'>): Promise<ShareRecord>;
  listShares(exerciseId: string): Promise<readonly ShareRecord[]>;

  /** Records a hunt (batched: written within about a second, not a command that must be durable first). */
  logQuery(q: Omit<QueryLogRecord, 'createdAt'>): Promise<void>;
  listQueries(teamId: string, limit: number): Promise<readonly QueryLogRecord[]>;

  audit(entry: Omit<AuditRecord, 'seq' | 'createdAt'>): Promise<void>;
  listAudit(limit: number): Promise<readonly AuditRecord[]>;

  close(): Promise<void>;
}
