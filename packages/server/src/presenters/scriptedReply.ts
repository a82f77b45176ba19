import type { Localized } from '@kunren/domain';
import type { TeamRuntime } from '../runtime/TeamRuntime.js';
import type { MessageView } from '../schemas/frames.js';
import { resolveLocalized } from './resolveLocalized.js';

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
