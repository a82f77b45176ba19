import { Type, type Static } from '@sinclair/typebox';
import { Duration, Id, Localized, oneOf } from './common.js';
import { Organisation } from './organisation.js';
import { Background } from './background.js';
import { Adversary } from './adversary.js';
import { ResponseAction } from './response.js';
import { Counterpart, Inject } from './injects.js';
import { Task } from './tasks.js';
import { Debrief, Scoring, SolutionAction } from './scoring.js';

/** NIST SP 800-61 incident-handling phases. */
export const NistPhase = Type.Union(
  ['preparation', 'detection-analysis', 'containment-eradication-recovery', 'post-incident'].map(
    (p) => Type.Literal(p),
  ),
);

/** Scenario format v1: the whole drill, as authors write it in `scenario.yaml`. */
export const Scenario = Type.Object(
  {
    format: Type.Literal('kunren/scenario@1'),
    id: Id,
    version: Type.String({ pattern: '^\\d+\\.\\d+\\.\\d+$' }),
    title: Localized,
    briefing: Localized,
    difficulty: oneOf(['beginner', 'intermediate', 'advanced']),
    duration: Duration,
    start: Type.String({
      format: 'date-time',
      description: 'Sim time zero, ISO 8601 UTC (a Monday 00:00 local is typical)',
    }),
    length: Duration,
    objectives: Type.Array(Localized, { minItems: 1 }),
    techniques: Type.Array(Type.String({ pattern: '^T\\d{4}(\\.\\d{3})?$' }), { minItems: 1 }),
    phases: Type.Array(NistPhase, { minItems: 1 }),
    organisation: Organisation,
    background: Background,
    adversary: Adversary,
    responseActions: Type.Array(ResponseAction, { minItems: 1 }),
    counterparts: Type.Array(Counterpart),
    injects: Type.Array(Inject),
    tasks: Type.Array(Task, { minItems: 1 }),
    scoring: Scoring,
    solution: Type.Array(SolutionAction),
    debrief: Debrief,
  },
  { additionalProperties: false, $id: 'https://kunren.dev/schema/scenario-1.json' },
);
/** A validated scenario. */
export type Scenario = Static<typeof Scenario>;
