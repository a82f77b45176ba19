import type { ActionRecord } from '@kunren/domain';
import { migrate } from './migrate.js';
import { rows, type Row } from './rows.js';
import type { SqlDriver } from './SqlDriver.js';
import type {
  AuditRecord,
  ClockState,
  ExerciseRecord,
  HintPolicy,
  HintRecord,
  MessageRecord,
  NewAction,
  ProgrammeRecord,
  QueryLogRecord,
  ReportRecord,
  ScoreboardMode,
  SessionRecord,
  ShareRecord,
  StateStore,
  SubmissionRecord,
  TeamRecord,
  TriageRecord,
  UserRecord,
} from './StateStore.js';

const now = (): string => new Date().toISOString();
const first = <T>(list: readonly T[]): T | undefined => list[0];

/**
 * The state store over any SQL driver: the SQLite and PostgreSQL adapters are this class
 * with their driver. Open with {@link SqlStateStore.open}, which migrates first.
 */
export class SqlStateStore implements StateStore {
  /** Query-log entries waiting for their batch (not commands: written within ~1 s, one commit). */
  private queryLog: Omit<QueryLogRecord, 'createdAt'>[] = [];
  private queryLogTimer: NodeJS.Timeout | undefined;

  private constructor(private readonly db: SqlDriver) {}

  /** Migrates the database behind `db` and returns the store over it. */
  static async open(db: SqlDriver): Promise<SqlStateStore> {
    await migrate(db);
    return new SqlStateStore(db);
  }

  private async one<T>(map: (r: Row) => T, sql: string, params: unknown[]): Promise<T | undefined> {
    const row = first(await this.db.all<Row>(sql, params));
    return row ? map(row) : undefined;
  }

  private async many<T>(map: (r: Row) => T, sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.all<Row>(sql, params)).map(map);
  }

  async createUser(u: Omit<UserRecord, 'createdAt'>): Promise<UserRecord> {
    const record = { ...u, createdAt: now() };
    await this.db.run(
      `INSERT INTO users (id, username, display_name, role, password_hash, country_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [u.id, u.username, u.displayName, u.role, u.passwordHash, u.countryId, record.createdAt],
    );
    return record;
  }
  getUser(id: string) {
    return this.one(rows.user, `SELECT * FROM users WHERE id = ?`, [id]);
  }
  getUserByUsername(username: string) {
    return this.one(rows.user, `SELECT * FROM users WHERE username = ?`, [username]);
  }
  listUsers() {
    return this.many(rows.user, `SELECT * FROM users ORDER BY username`);
  }
  async countUsers(): Promise<number> {
    const r = first(await this.db.all<Row>(`SELECT COUNT(*) AS n FROM users`));
    return Number(r?.n ?? 0);
  }
  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.db.run(`UPDATE users SET password_hash = ? WHERE id = ?`, [passwordHash, userId]);
  }

  async createSession(s: SessionRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO sessions (id, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
      [s.id, s.userId, s.csrf, s.createdAt, s.expiresAt],
    );
  }
  getSession(id: string) {
    return this.one(rows.session, `SELECT * FROM sessions WHERE id = ?`, [id]);
  }
  async deleteSession(id: string): Promise<void> {
    await this.db.run(`DELETE FROM sessions WHERE id = ?`, [id]);
  }

  async createProgramme(p: Omit<ProgrammeRecord, 'createdAt'>): Promise<ProgrammeRecord> {
    const record = { ...p, createdAt: now() };
    await this.db.run(`INSERT INTO programmes (id, name, created_at) VALUES (?, ?, ?)`, [
      p.id,
      p.name,
      record.createdAt,
    ]);
    return record;
  }
  listProgrammes() {
    return this.many(
      (r) => ({ id: String(r.id), name: String(r.name), createdAt: String(r.created_at) }),
      `SELECT * FROM programmes ORDER BY created_at, id`,
    );
  }

  async createExercise(
    e: Omit<ExerciseRecord, 'createdAt'>,
    teams: readonly Omit<TeamRecord, 'exerciseId'>[],
  ): Promise<ExerciseRecord> {
    const record = { ...e, createdAt: now() };
    await this.db.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO exercises (id, name, scenario_id, scenario_path, programme_id, round_id, status, speed, sim_at, wall_at,
          scoreboard, frozen_scores, branched_from, created_at, hint_policy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          e.id,
          e.name,
          e.scenarioId,
          e.scenarioPath,
          e.programmeId,
          e.roundId,
          e.clock.status,
          e.clock.speed,
          e.clock.simAt,
          e.clock.wallAt,
          e.scoreboard,
          e.frozenScores === null ? null : JSON.stringify(e.frozenScores),
          e.branchedFrom,
          record.createdAt,
          e.hintPolicy,
        ],
      );
      for (const [position, t] of teams.entries()) {
        await tx.run(
          `INSERT INTO teams (id, exercise_id, name, seed, country_id, position) VALUES (?, ?, ?, ?, ?, ?)`,
          [t.id, e.id, t.name, t.seed, t.countryId, position],
        );
      }
    });
    return record;
  }
  getExercise(id: string) {
    return this.one(rows.exercise, `SELECT * FROM exercises WHERE id = ?`, [id]);
  }
  listExercises() {
    return this.many(rows.exercise, `SELECT * FROM exercises ORDER BY created_at, id`);
  }
  async setClock(exerciseId: string, c: ClockState): Promise<void> {
    await this.db.run(
      `UPDATE exercises SET status = ?, speed = ?, sim_at = ?, wall_at = ? WHERE id = ?`,
      [c.status, c.speed, c.simAt, c.wallAt, exerciseId],
    );
  }
  async setScoreboard(exerciseId: string, mode: ScoreboardMode, frozen: unknown): Promise<void> {
    await this.db.run(`UPDATE exercises SET scoreboard = ?, frozen_scores = ? WHERE id = ?`, [
      mode,
      frozen === null || frozen === undefined ? null : JSON.stringify(frozen),
      exerciseId,
    ]);
  }

  async setHintPolicy(exerciseId: string, policy: HintPolicy): Promise<void> {
    await this.db.run(`UPDATE exercises SET hint_policy = ? WHERE id = ?`, [policy, exerciseId]);
  }

  listTeams(exerciseId: string) {
    return this.many(rows.team, `SELECT * FROM teams WHERE exercise_id = ? ORDER BY position`, [
      exerciseId,
    ]);
  }
  getTeam(teamId: string) {
    return this.one(rows.team, `SELECT * FROM teams WHERE id = ?`, [teamId]);
  }
  async addMember(teamId: string, userId: string): Promise<void> {
    await this.db.run(
      `INSERT INTO team_members (team_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING`,
      [teamId, userId],
    );
  }
  async listMembers(teamId: string): Promise<readonly string[]> {
    return this.many(
      (r) => String(r.user_id),
      `SELECT user_id FROM team_members WHERE team_id = ? ORDER BY user_id`,
      [teamId],
    );
  }
  teamsOfUser(userId: string) {
    return this.many(
      rows.team,
      `SELECT t.* FROM teams t JOIN team_members m ON m.team_id = t.id WHERE m.user_id = ? ORDER BY t.exercise_id, t.position`,
      [userId],
    );
  }

  appendAction(teamId: string, a: NewAction): Promise<ActionRecord> {
    return this.db.transaction(async (tx) => {
      if (tx.dialect === 'postgres')
        await tx.run(`SELECT id FROM teams WHERE id = ? FOR UPDATE`, [teamId]);
      const last = first(
        await tx.all<Row>(`SELECT COALESCE(MAX(seq), 0) AS s FROM action_log WHERE team_id = ?`, [
          teamId,
        ]),
      );
      const seq = Number(last?.s ?? 0) + 1;
      await tx.run(
        `INSERT INTO action_log (team_id, seq, at, action, target, by_user, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [teamId, seq, a.at, a.action, a.target, a.by ?? null, now()],
      );
      return { seq, ...a };
    });
  }
  listActions(teamId: string) {
    return this.many(rows.action, `SELECT * FROM action_log WHERE team_id = ? ORDER BY seq`, [
      teamId,
    ]);
  }
  truncateActions(teamId: string, at: number): Promise<readonly ActionRecord[]> {
    return this.db.transaction(async (tx) => {
      const removed = (
        await tx.all<Row>(`SELECT * FROM action_log WHERE team_id = ? AND at > ? ORDER BY seq`, [
          teamId,
          at,
        ])
      ).map(rows.action);
      await tx.run(`DELETE FROM action_log WHERE team_id = ? AND at > ?`, [teamId, at]);
      return removed;
    });
  }

  async addSubmission(s: Omit<SubmissionRecord, 'createdAt'>): Promise<SubmissionRecord> {
    const record = { ...s, createdAt: now() };
    await this.db.run(
      `INSERT INTO submissions (id, team_id, task_id, user_id, answer, correct, credit, sim_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        s.id,
        s.teamId,
        s.taskId,
        s.userId,
        s.answer,
        s.correct ? 1 : 0,
        s.credit,
        s.simAt,
        record.createdAt,
      ],
    );
    return record;
  }
  listSubmissions(teamId: string) {
    return this.many(rows.submission, `SELECT * FROM submissions WHERE team_id = ? ORDER BY seq`, [
      teamId,
    ]);
  }

  async addHint(h: Omit<HintRecord, 'createdAt'>): Promise<HintRecord> {
    const record = { ...h, createdAt: now() };
    await this.db.run(
      `INSERT INTO hints (id, team_id, task_id, hint_index, status, penalty, decided_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [h.id, h.teamId, h.taskId, h.hintIndex, h.status, h.penalty, h.decidedBy, record.createdAt],
    );
    return record;
  }
  async decideHint(id: string, status: 'granted' | 'denied', by: string) {
    await this.db.run(
      `UPDATE hints SET status = ?, decided_by = ? WHERE id = ? AND status = 'requested'`,
      [status, by, id],
    );
    return this.one(rows.hint, `SELECT * FROM hints WHERE id = ?`, [id]);
  }
  listHints(teamId: string) {
    return this.many(rows.hint, `SELECT * FROM hints WHERE team_id = ? ORDER BY created_at, id`, [
      teamId,
    ]);
  }

  async addMessage(m: Omit<MessageRecord, 'createdAt'>): Promise<MessageRecord> {
    const record = { ...m, createdAt: now() };
    await this.db.run(
      `INSERT INTO messages (id, team_id, kind, counterpart_id, author_id, subject, body, localized, sim_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        m.id,
        m.teamId,
        m.kind,
        m.counterpartId,
        m.authorId,
        m.subject,
        m.body,
        m.localized === undefined ? null : JSON.stringify(m.localized),
        m.simAt,
        record.createdAt,
      ],
    );
    return record;
  }
  listMessages(teamId: string) {
    return this.many(rows.message, `SELECT * FROM messages WHERE team_id = ? ORDER BY seq`, [
      teamId,
    ]);
  }

  async saveReportDraft(teamId: string, content: unknown, by: string): Promise<ReportRecord> {
    await this.db.run(
      `INSERT INTO reports (team_id, content, updated_by, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (team_id) DO UPDATE SET content = excluded.content, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [teamId, JSON.stringify(content), by, now()],
    );
    return (await this.getReport(teamId)) as ReportRecord;
  }
  async submitReport(teamId: string) {
    await this.db.run(
      `UPDATE reports SET submitted_at = ? WHERE team_id = ? AND submitted_at IS NULL`,
      [now(), teamId],
    );
    return this.getReport(teamId);
  }
  async gradeReport(teamId: string, grade: unknown) {
    await this.db.run(`UPDATE reports SET grade = ? WHERE team_id = ?`, [
      JSON.stringify(grade),
      teamId,
    ]);
    return this.getReport(teamId);
  }
  getReport(teamId: string) {
    return this.one(rows.report, `SELECT * FROM reports WHERE team_id = ?`, [teamId]);
  }

  async setTriage(t: Omit<TriageRecord, 'updatedAt'>): Promise<TriageRecord> {
    const record = { ...t, updatedAt: now() };
    await this.db.run(
      `INSERT INTO triage (team_id, alert_id, state, assignee, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (team_id, alert_id) DO UPDATE SET state = excluded.state, assignee = excluded.assignee, updated_at = excluded.updated_at`,
      [t.teamId, t.alertId, t.state, t.assignee, record.updatedAt],
    );
    return record;
  }
  listTriage(teamId: string) {
    return this.many(rows.triage, `SELECT * FROM triage WHERE team_id = ? ORDER BY alert_id`, [
      teamId,
    ]);
  }

  async addShare(s: Omit<ShareRecord, 'createdAt'>): Promise<ShareRecord> {
    const record = { ...s, createdAt: now() };
    await this.db.run(
      `INSERT INTO shares (id, exercise_id, from_team_id, to_team_ids, bundle, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
      [
        s.id,
        s.exerciseId,
        s.fromTeamId,
        JSON.stringify(s.toTeamIds),
        JSON.stringify(s.bundle),
        record.createdAt,
      ],
    );
    return record;
  }
  listShares(exerciseId: string) {
    return this.many(rows.share, `SELECT * FROM shares WHERE exercise_id = ? ORDER BY seq`, [
      exerciseId,
    ]);
  }

  async logQuery(q: Omit<QueryLogRecord, 'createdAt'>): Promise<void> {
    this.queryLog.push(q);
    this.queryLogTimer ??= setTimeout(() => void this.flushQueryLog().catch(() => undefined), 1000);
  }
  /** Writes the buffered query-log entries in one transaction. */
  private async flushQueryLog(): Promise<void> {
    clearTimeout(this.queryLogTimer);
    this.queryLogTimer = undefined;
    const batch = this.queryLog;
    this.queryLog = [];
    if (batch.length === 0) return;
    const at = now();
    await this.db.transaction(async (tx) => {
      for (const q of batch)
        await tx.run(
          `INSERT INTO query_log (id, team_id, user_id, query, sim_at, rows_returned, error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          [q.id, q.teamId, q.userId, q.query, q.simAt, q.rows, q.error, at],
        );
    });
  }
  async listQueries(teamId: string, limit: number): Promise<readonly QueryLogRecord[]> {
    await this.flushQueryLog();
    const latest = await this.many(
      rows.query,
      `SELECT * FROM query_log WHERE team_id = ? ORDER BY seq DESC LIMIT ?`,
      [teamId, limit],
    );
    return latest.reverse();
  }

  async audit(entry: Omit<AuditRecord, 'seq' | 'createdAt'>): Promise<void> {
    await this.db.run(
      `INSERT INTO audit_log (user_id, action, exercise_id, detail, created_at) VALUES (?, ?, ?, ?, ?)`,
      [entry.userId, entry.action, entry.exerciseId, JSON.stringify(entry.detail ?? null), now()],
    );
  }
  async listAudit(limit: number): Promise<readonly AuditRecord[]> {
    const latest = await this.many(
      rows.audit,
      `SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?`,
      [limit],
    );
    return latest.reverse();
  }

  async close(): Promise<void> {
    await this.flushQueryLog();
    await this.db.close();
  }
}
