import type { Inject, Localized } from '@kunren/domain';
import type { MessageView } from '../schemas/frames.js';
import type { TeamRuntime } from '../runtime/TeamRuntime.js';

/** Text per language, each resolved in the team's world (its own names and indicators). */
export function resolveLocalized(team: TeamRuntime, text: Localized): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [lang, value] of Object.entries(text)) out[lang] = team.world.resolve(value);
  return out;
}

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

/**
 * A counterpart's scripted reply: the English body and, per language the scenario gives, the
 * body resolved in the team's world (the subject, `Re: …` of the trainee's, is the same in all).
 */
export function scriptedReply(
  team: TeamRuntime,
  subject: string,
  text: Localized,
): Pick<MessageView, 'subject' | 'body' | 'localized'> {
  const body = resolveLocalized(team, text);
  const subjects = Object.fromEntries(Object.keys(body).map((lang) => [lang, subject]));
  return { subject, body: body.en ?? '', localized: { subject: subjects, body } };
}
