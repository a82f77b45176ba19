import type { Inject } from '@kunren/domain';
import type { TeamRuntime } from '../runtime/TeamRuntime.js';
import type { MessageView } from '../schemas/frames.js';
import { resolveLocalized } from './resolveLocalized.js';

/**
 * A scenario inject as the team receives it, at sim time `at`: English `subject` and `body`
 * (every scenario has them) and, in `localized`, the text in every language the scenario
 * gives, for the app to show in its reader's language.
 */
export function presentInject(team: TeamRuntime, spec: Inject, at: number): MessageView {
  const subject = resolveLocalized(team, spec.subject);
  const body = resolveLocalized(team, spec.body);
  return {
    id: `inject-${spec.id}`,
    kind: 'inject',
    counterpart: spec.from,
    subject: subject.en ?? '',
    body: body.en ?? '',
    localized: { subject, body },
    ...(spec.severity ? { severity: spec.severity } : {}),
    simTime: at,
  };
}
