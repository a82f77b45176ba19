import type { SqlDialect } from './SqlDriver.js';

/** One schema step; applied once, in order, recorded in `kunren_migrations`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: (dialect: SqlDialect) => readonly string[];
}

/** The state schema, as an append-only list of migrations (never edit a released one). */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial state schema',
    sql: (d) => {
      const serial = d === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGSERIAL PRIMARY KEY';
      return [
        `CREATE TABLE programmes (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL)`,
        `CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
          role TEXT NOT NULL, password_hash TEXT NOT NULL, country_id TEXT, created_at TEXT NOT NULL)`,
        `CREATE TABLE sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),
          csrf TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL)`,
        `CREATE TABLE exercises (id TEXT PRIMARY KEY, name TEXT NOT NULL, scenario_id TEXT NOT NULL,
          scenario_path TEXT NOT NULL, programme_id TEXT REFERENCES programmes(id), round_id TEXT,
          status TEXT NOT NULL, speed DOUBLE PRECISION NOT NULL, sim_at BIGINT NOT NULL, wall_at BIGINT NOT NULL,
          scoreboard TEXT NOT NULL, frozen_scores TEXT, branched_from TEXT, created_at TEXT NOT NULL)`,
        `CREATE TABLE teams (id TEXT PRIMARY KEY, exercise_id TEXT NOT NULL REFERENCES exercises(id),
          name TEXT NOT NULL, seed BIGINT NOT NULL, country_id TEXT, position INTEGER NOT NULL)`,
        `CREATE INDEX teams_exercise ON teams(exercise_id)`,
        `CREATE TABLE team_members (team_id TEXT NOT NULL REFERENCES teams(id), user_id TEXT NOT NULL REFERENCES users(id),
          PRIMARY KEY (team_id, user_id))`,
        `CREATE TABLE action_log (team_id TEXT NOT NULL REFERENCES teams(id), seq INTEGER NOT NULL,
          at BIGINT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, by_user TEXT, created_at TEXT NOT NULL,
          PRIMARY KEY (team_id, seq))`,
        `CREATE TABLE submissions (seq ${serial}, id TEXT NOT NULL UNIQUE, team_id TEXT NOT NULL REFERENCES teams(id),
          task_id TEXT NOT NULL, user_id TEXT NOT NULL, answer TEXT NOT NULL, correct INTEGER NOT NULL,
          credit DOUBLE PRECISION NOT NULL, sim_at BIGINT NOT NULL, created_at TEXT NOT NULL)`,
        `CREATE INDEX submissions_team ON submissions(team_id)`,
        `CREATE TABLE hints (id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id), task_id TEXT NOT NULL,
          hint_index INTEGER NOT NULL, status TEXT NOT NULL, penalty INTEGER NOT NULL, decided_by TEXT,
          created_at TEXT NOT NULL, UNIQUE (team_id, task_id, hint_index))`,
        `CREATE TABLE messages (seq ${serial}, id TEXT NOT NULL UNIQUE, team_id TEXT NOT NULL REFERENCES teams(id),
          kind TEXT NOT NULL, counterpart_id TEXT NOT NULL, author_id TEXT, subject TEXT NOT NULL, body TEXT NOT NULL,
          sim_at BIGINT NOT NULL, created_at TEXT NOT NULL)`,
        `CREATE INDEX messages_team ON messages(team_id)`,
        `CREATE TABLE reports (team_id TEXT PRIMARY KEY REFERENCES teams(id), content TEXT NOT NULL,
          updated_by TEXT NOT NULL, updated_at TEXT NOT NULL, submitted_at TEXT, grade TEXT)`,
        `CREATE TABLE triage (team_id TEXT NOT NULL REFERENCES teams(id), alert_id TEXT NOT NULL, state TEXT NOT NULL,
          assignee TEXT, updated_at TEXT NOT NULL, PRIMARY KEY (team_id, alert_id))`,
        `CREATE TABLE shares (seq ${serial}, id TEXT NOT NULL UNIQUE, exercise_id TEXT NOT NULL REFERENCES exercises(id),
          from_team_id TEXT NOT NULL, to_team_ids TEXT NOT NULL, bundle TEXT NOT NULL, created_at TEXT NOT NULL)`,
        `CREATE TABLE query_log (seq ${serial}, id TEXT NOT NULL UNIQUE, team_id TEXT NOT NULL, user_id TEXT NOT NULL,
          query TEXT NOT NULL, sim_at BIGINT NOT NULL, rows_returned INTEGER NOT NULL, error TEXT, created_at TEXT NOT NULL)`,
        `CREATE INDEX query_log_team ON query_log(team_id)`,
        `CREATE TABLE audit_log (seq ${serial}, user_id TEXT NOT NULL, action TEXT NOT NULL, exercise_id TEXT,
          detail TEXT NOT NULL, created_at TEXT NOT NULL)`,
      ];
    },
  },
  {
    version: 2,
    name: 'hint policy per exercise',
    sql: () => [`ALTER TABLE exercises ADD COLUMN hint_policy TEXT NOT NULL DEFAULT 'instructor'`],
  },
  {
    version: 3,
    name: 'scripted replies in every language the scenario gives',
    sql: () => [`ALTER TABLE messages ADD COLUMN localized TEXT`],
  },
];
