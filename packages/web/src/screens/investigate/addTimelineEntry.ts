import { api } from '../../api/http.js';
import type { IncidentReport, ReportView } from '../../api/types.js';

/** Appends `{at, what}` to the team's report timeline (draft), keeping it in time order. */
export async function addTimelineEntry(
  teamId: string,
  at: string,
  what: string,
): Promise<ReportView> {
  const current = await api.get<ReportView>(`/api/teams/${teamId}/report`);
  const content: IncidentReport = { ...current.content };
  content.timeline = [...(content.timeline ?? []), { at, what: what.slice(0, 2000) }].sort((a, b) =>
    a.at.localeCompare(b.at),
  );
  return api.put<ReportView>(`/api/teams/${teamId}/report`, content);
}

/** A one-line description of an event for the report timeline. */
export function describeEvent(row: Record<string, unknown>): string {
  const pick = (k: string) =>
    row[k] === undefined || row[k] === null ? undefined : String(row[k]);
  const parts = [
    pick('event.dataset') ?? pick('event.module'),
    pick('host.name'),
    pick('event.action'),
    pick('process.command_line') ?? pick('process.name'),
    pick('url.full') ?? pick('url.domain') ?? pick('dns.question.name'),
    pick('email.subject'),
    pick('message'),
  ].filter((x): x is string => Boolean(x));
  return [...new Set(parts)].join(' — ').slice(0, 500) || JSON.stringify(row).slice(0, 500);
}
