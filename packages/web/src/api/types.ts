/**
 * The wire types of the exercise server (packages/server/src/schemas and presenters),
 * restated for the browser: the web package may not import the server.
 */

/** A user as the API shows it. */
export interface User {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
}

/** Account roles. */
export type Role = 'admin' | 'coordinator' | 'instructor' | 'evaluator' | 'trainee';

/** Text in several languages, keyed by BCP 47 tag (`en` always present). */
export type Localized = Readonly<Record<string, string>>;

/** The clock of an exercise; clients extrapolate between frames. */
export interface ClockView {
  readonly status: 'ready' | 'running' | 'paused' | 'ended';
  readonly speed: number;
  readonly simTime: number;
  readonly simTimeIso: string;
  readonly wallAt: string;
  readonly length: number;
}

/** An exercise as the caller sees it. */
export interface ExerciseView {
  readonly id: string;
  readonly name: string;
  readonly scenarioId: string;
  readonly title: Localized;
  readonly briefing: Localized;
  readonly start: string;
  readonly clock: ClockView;
  readonly scoreboard: string;
  /** Who grants hint requests. */
  readonly hintPolicy: HintPolicy;
  readonly teams: readonly TeamView[];
}

/** A member of a team: display name and whether they have a live connection. */
export interface MemberView {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly online: boolean;
}

/** A team of an exercise with its members. */
export interface TeamView {
  readonly id: string;
  readonly name: string;
  readonly members: readonly MemberView[];
}

/** Who grants hint requests: the instructor, or the server at once (penalty applied). */
export type HintPolicy = 'instructor' | 'automatic';

/** `GET /api/auth/me`. */
export interface Me {
  readonly user: User;
  readonly teams: readonly {
    readonly exerciseId: string;
    readonly teamId: string;
    readonly name: string;
  }[];
}

/** A hunt result. */
export interface HuntResult {
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  readonly rows: readonly Record<string, unknown>[];
  readonly truncated: boolean;
  readonly rawEvents: boolean;
  readonly range: { readonly from: string; readonly to: string };
}

/** An alert with its triage state. */
export interface AlertView {
  readonly id: string;
  readonly ruleId: string;
  readonly title: string;
  readonly severity: string;
  readonly techniques: readonly string[];
  readonly simTime: number;
  readonly eventId: string;
  readonly host: string | null;
  /** The hunting query that shows the alert's events. */
  readonly query: string;
  readonly state: string;
  readonly assignee: string | null;
}

/** A message or inject. */
export interface MessageView {
  readonly id: string;
  readonly kind: 'team' | 'counterpart' | 'inject';
  readonly counterpart: string;
  readonly subject: string;
  readonly body: string;
  /** A scenario inject's text per language (en always); subject and body are the English. */
  readonly localized?: { readonly subject: Localized; readonly body: Localized };
  readonly severity?: string;
  readonly simTime: number;
}

/** A counterpart the team can write to. */
export interface Counterpart {
  readonly id: string;
  readonly role: string;
  readonly name: Localized;
  readonly organisation: Localized;
}

/** A response action the team may take. */
export interface ResponseActionView {
  readonly id: string;
  readonly kind: string;
  readonly name: Localized;
  readonly description: Localized;
  readonly target: string;
  readonly executionTime: string;
  readonly cost: number;
}

/** One entry of the team's action log. */
export interface ActionView {
  readonly seq: number;
  readonly simTime: number;
  readonly action: string;
  readonly target: string;
}

/** A task as the team sees it. */
export interface TaskView {
  readonly id: string;
  readonly title: Localized;
  readonly question: Localized;
  readonly phase: string;
  readonly answerType: string;
  readonly choices?: readonly Localized[];
  readonly points: number;
  readonly attempts: number | null;
  readonly attemptsUsed: number;
  readonly status: 'open' | 'solved' | 'exhausted';
  readonly earned: number;
  readonly hintsAvailable: number;
  /** Hints granted so far (their penalties count). */
  readonly hintsTaken: number;
  /** Points the next hint costs, stated before asking; null when no hint is left. */
  readonly nextHintPenalty: number | null;
  readonly hints: readonly {
    readonly id: string;
    readonly index: number;
    readonly status: string;
    readonly penalty: number;
    readonly text?: Localized;
  }[];
}

/** Feedback on an answer. */
export interface AnswerFeedback {
  readonly correct: boolean;
  readonly credit: number;
  readonly points: number;
  readonly feedback: string;
  readonly attemptsLeft: number | null;
}

/** A team's score. */
export interface ScoreView {
  readonly total: number;
  readonly max: number;
  readonly components: readonly {
    readonly id: string;
    readonly points: number;
    readonly max: number;
  }[];
}

/** The structured incident report. */
export interface IncidentReport {
  summary?: string;
  timeline?: { at: string; what: string }[];
  affectedAssets?: string[];
  indicators?: { kind: string; value: string }[];
  techniques?: string[];
  impact?: string;
  actionsTaken?: string;
  recommendations?: string;
}

/** A report with its state and grade. */
export interface ReportView {
  readonly content: IncidentReport;
  readonly updatedAt: string | null;
  readonly submittedAt: string | null;
  readonly grade: {
    readonly total: number;
    readonly max: number;
    readonly criteria: readonly {
      readonly id: string;
      readonly title: string;
      readonly points: number;
      readonly max: number;
      readonly comment?: string;
    }[];
    readonly comment?: string;
  } | null;
}

/** `GET /api/teams/:teamId/report/rubric` (staff): the scenario's rubric for one team. */
export interface RubricView {
  readonly criteria: readonly {
    readonly id: string;
    readonly title: Localized;
    readonly description?: Localized;
    /** The evaluator's key, resolved in the team's world. */
    readonly guidance?: Localized;
    readonly points: number;
  }[];
  readonly max: number;
}

/** A sim-ms window. */
export interface SimWindow {
  readonly from: number;
  readonly to: number;
}

/** One scheduled inject of a team (staff). */
export interface ScheduledInject {
  readonly id: string;
  readonly from: string;
  readonly subject: Localized;
  readonly severity?: string;
  readonly trigger: {
    readonly kind: 'time' | 'stage' | 'action';
    readonly ref: string | null;
    readonly delay: SimWindow;
  };
  readonly expected: SimWindow | null;
  readonly status: 'scheduled' | 'delivered' | 'sent-early';
  readonly simTime: number | null;
}

/** `GET /api/exercises/:exerciseId/injects`: one team's inject timeline. */
export interface InjectTimeline {
  readonly teamId: string;
  readonly name: string;
  readonly scheduled: readonly ScheduledInject[];
  readonly manual: readonly {
    readonly id: string;
    readonly from: string;
    readonly subject: string;
    readonly simTime: number;
  }[];
}

/** A STIX share sent or received. */
export interface ShareView {
  readonly id: string;
  readonly direction: 'sent' | 'received';
  readonly sharedAt: string;
  readonly bundle: unknown;
}

/** The scoreboard. */
export interface ScoreboardView {
  readonly mode: string;
  readonly entries: readonly {
    readonly rank: number;
    readonly team: string | null;
    readonly own: boolean;
    readonly total: number;
  }[];
}

/** One team on the instructor's board. */
export interface TeamOverview {
  readonly teamId: string;
  readonly name: string;
  readonly simTime: number;
  readonly stageReached: { readonly id: string; readonly simTime: number } | null;
  readonly stagesReached: number;
  readonly detectedAt: number | null;
  readonly containedAt: number | null;
  readonly score: number;
  readonly openAlerts: number;
  readonly actions: number;
  readonly lastActivity: string | null;
}

/** A team's logged query (staff). */
export interface QueryLogView {
  readonly query: string;
  readonly userId: string;
  readonly simTime: number;
  readonly rows: number;
  readonly error: string | null;
  readonly at: string;
}

/** Every live frame the server sends in an update. */
export type LiveFrame =
  | { readonly type: 'clock'; readonly exerciseId: string; readonly clock: ClockView }
  | { readonly type: 'message'; readonly teamId: string; readonly message: MessageView }
  | { readonly type: 'alert'; readonly teamId: string; readonly alert: AlertView }
  | { readonly type: 'score'; readonly teamId: string; readonly score: ScoreView }
  | { readonly type: 'action'; readonly teamId: string; readonly action: ActionView }
  | {
      readonly type: 'hint';
      readonly teamId: string;
      readonly hint: {
        readonly id: string;
        readonly taskId: string;
        readonly index: number;
        readonly status: string;
      };
    }
  | { readonly type: 'rewound'; readonly exerciseId: string; readonly simTime: number }
  | { readonly type: 'report'; readonly teamId: string; readonly submitted: boolean }
  | {
      readonly type: 'share';
      readonly exerciseId: string;
      readonly shareId: string;
      readonly fromTeam: string;
    }
  | {
      /** The live board (staff room only), sent when it changes. */
      readonly type: 'overview';
      readonly exerciseId: string;
      readonly teams: readonly TeamOverview[];
    };
