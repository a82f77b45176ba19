import { Type, type Static } from '@sinclair/typebox';
import { literals } from './common.js';
import { TeamOverview } from './teamOverview.js';

/** The clock of an exercise as clients see it; they extrapolate sim time between frames. */
export const ClockView = Type.Object({
  status: literals(['ready', 'running', 'paused', 'ended']),
  speed: Type.Number(),
  simTime: Type.Integer({ description: 'Sim ms since the scenario start' }),
  simTimeIso: Type.String({ format: 'date-time' }),
  wallAt: Type.String({ format: 'date-time', description: 'Wall time at which simTime held' }),
  length: Type.Integer(),
});
/** A clock view. */
export type ClockView = Static<typeof ClockView>;

/** A message or inject as a team sees it. */
export const MessageView = Type.Object({
  id: Type.String(),
  kind: literals(['team', 'counterpart', 'inject']),
  counterpart: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  localized: Type.Optional(
    Type.Object(
      {
        subject: Type.Record(Type.String(), Type.String()),
        body: Type.Record(Type.String(), Type.String()),
      },
      {
        description:
          "A scenario inject's text per language tag (en always), resolved in the team's world; subject and body are the English text",
      },
    ),
  ),
  severity: Type.Optional(Type.String()),
  simTime: Type.Integer(),
});
/** A message view. */
export type MessageView = Static<typeof MessageView>;

/** An alert with its triage state. */
export const AlertView = Type.Object({
  id: Type.String(),
  ruleId: Type.String(),
  title: Type.String(),
  severity: Type.String(),
  techniques: Type.Array(Type.String()),
  simTime: Type.Integer(),
  eventId: Type.String(),
  host: Type.Union([Type.String(), Type.Null()]),
  /** The hunting query that shows the alert's events. */
  query: Type.String(),
  state: Type.String(),
  assignee: Type.Union([Type.String(), Type.Null()]),
});
/** An alert view. */
export type AlertView = Static<typeof AlertView>;

/** A team's score as the team sees it. */
export const ScoreView = Type.Object({
  total: Type.Number(),
  max: Type.Number(),
  components: Type.Array(
    Type.Object({ id: Type.String(), points: Type.Number(), max: Type.Number() }),
  ),
});
/** A score view. */
export type ScoreView = Static<typeof ScoreView>;

/** Every frame the server sends on a room (`data` of an envelope). */
export const LiveFrame = Type.Union([
  Type.Object({ type: Type.Literal('clock'), exerciseId: Type.String(), clock: ClockView }),
  Type.Object({ type: Type.Literal('message'), teamId: Type.String(), message: MessageView }),
  Type.Object({ type: Type.Literal('alert'), teamId: Type.String(), alert: AlertView }),
  Type.Object({ type: Type.Literal('score'), teamId: Type.String(), score: ScoreView }),
  Type.Object({
    type: Type.Literal('action'),
    teamId: Type.String(),
    action: Type.Object({
      seq: Type.Integer(),
      simTime: Type.Integer(),
      action: Type.String(),
      target: Type.String(),
    }),
  }),
  Type.Object({
    type: Type.Literal('action-result'),
    teamId: Type.String(),
    result: Type.Object({
      seq: Type.Integer(),
      simTime: Type.Integer(),
      status: Type.String(),
      result: Type.String(),
    }),
  }),
  Type.Object({
    type: Type.Literal('hint'),
    teamId: Type.String(),
    hint: Type.Object({
      id: Type.String(),
      taskId: Type.String(),
      index: Type.Integer(),
      status: Type.String(),
    }),
  }),
  Type.Object({
    type: Type.Literal('rewound'),
    exerciseId: Type.String(),
    simTime: Type.Integer(),
  }),
  Type.Object({ type: Type.Literal('report'), teamId: Type.String(), submitted: Type.Boolean() }),
  Type.Object(
    {
      type: Type.Literal('overview'),
      exerciseId: Type.String(),
      teams: Type.Array(TeamOverview),
    },
    {
      description:
        'Staff room only: every team of the live board, sent when it changes (at most once a second)',
    },
  ),
  Type.Object({
    type: Type.Literal('share'),
    exerciseId: Type.String(),
    shareId: Type.String(),
    fromTeam: Type.String(),
  }),
]);
/** A live frame. */
export type LiveFrame = Static<typeof LiveFrame>;

/** What the server sends on the socket. */
export const ServerFrame = Type.Union([
  Type.Object({
    type: Type.Literal('update'),
    room: Type.String(),
    seq: Type.Integer(),
    data: LiveFrame,
  }),
  Type.Object({
    type: Type.Literal('subscribed'),
    room: Type.String(),
    seq: Type.Integer({ description: 'Last seq of the room after the missed updates were sent' }),
    gap: Type.Boolean({
      description: 'True when updates older than the backlog were missed: reload state over HTTP',
    }),
  }),
  Type.Object({ type: Type.Literal('error'), id: Type.String(), message: Type.String() }),
  Type.Object({ type: Type.Literal('pong') }),
]);
/** A server frame. */
export type ServerFrame = Static<typeof ServerFrame>;

/** What a client sends on the socket. */
export const ClientFrame = Type.Union([
  Type.Object(
    {
      type: Type.Literal('subscribe'),
      room: Type.String({ maxLength: 80 }),
      since: Type.Optional(Type.Integer({ minimum: 0, description: 'Last seq seen (reconnect)' })),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { type: Type.Literal('unsubscribe'), room: Type.String({ maxLength: 80 }) },
    { additionalProperties: false },
  ),
  Type.Object({ type: Type.Literal('ping') }, { additionalProperties: false }),
]);
/** A client frame. */
export type ClientFrame = Static<typeof ClientFrame>;
