import type { Localized } from '@kunren/domain';
import type { TeamRuntime } from '../runtime/TeamRuntime.js';

/** Text per language, each resolved in the team's world (its own names and indicators). */
export function resolveLocalized(team: TeamRuntime, text: Localized): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [lang, value] of Object.entries(text)) out[lang] = team.world.resolve(value);
  return out;
}
