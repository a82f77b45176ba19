import type { ExerciseRuntime } from '../runtime/ExerciseRuntime.js';
import type { TeamRuntime } from '../runtime/TeamRuntime.js';
import type { MessageView } from '../schemas/frames.js';
import type { MessageRecord } from '../state/StateStore.js';
import { presentInject } from './presentInject.js';

/**
 * A team's injects (fired in its world, or sent early by the white cell: then at the time
 * they were sent, once) and messages, in sim-time order.
 */
export function presentMessages(
  exercise: ExerciseRuntime,
  team: TeamRuntime,
  stored: readonly MessageRecord[],
): MessageView[] {
  const delivered = [
    ...team.injects.filter((fired) => !team.sentEarly.has(fired.id)),
    ...[...team.sentEarly].map(([id, sent]) => ({ id, at: sent.at })),
  ];
  const injects: MessageView[] = delivered.flatMap((fired) => {
    const spec = exercise.scenario.injects.find((i) => i.id === fired.id);
    if (!spec) return [];
    return [presentInject(team, spec, fired.at)];
  });
  const messages = stored.map(presentMessage);
  return [...injects, ...messages].sort((a, b) => a.simTime - b.simTime);
}

/** A stored message as a team sees it (with its languages, for a scripted reply). */
export function presentMessage(m: MessageRecord): MessageView {
  return {
    id: m.id,
    kind: m.kind,
    counterpart: m.counterpartId,
    subject: m.subject,
    body: m.body,
    ...(m.localized ? { localized: m.localized } : {}),
    simTime: m.simAt,
  };
}
