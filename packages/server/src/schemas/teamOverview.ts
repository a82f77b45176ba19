import { Type, type Static } from '@sinclair/typebox';

/** One team as the white cell watches it (ground truth included: staff only). */
export const TeamOverview = Type.Object({
  teamId: Type.String(),
  name: Type.String(),
  simTime: Type.Integer(),
  stageReached: Type.Union([
    Type.Object({ id: Type.String(), simTime: Type.Integer() }),
    Type.Null(),
  ]),
  stagesReached: Type.Integer(),
  detectedAt: Type.Union([Type.Integer(), Type.Null()], {
    description: 'Sim ms of the first correct detection-analysis answer or true-positive triage',
  }),
  containedAt: Type.Union([Type.Integer(), Type.Null()], {
    description: 'Sim ms of the first containment action',
  }),
  score: Type.Number(),
  openAlerts: Type.Integer(),
  actions: Type.Integer(),
  lastActivity: Type.Union([Type.String(), Type.Null()]),
});
/** A team overview. */
export type TeamOverview = Static<typeof TeamOverview>;
