import type { TeamRuntime } from '../runtime/TeamRuntime.js';
import type { AlertView } from '../schemas/frames.js';
import type { TriageRecord } from '../state/StateStore.js';

/** A team's alerts, newest first, with their triage state. */
export function presentAlerts(team: TeamRuntime, triage: readonly TriageRecord[]): AlertView[] {
  const byId = new Map(triage.map((t) => [t.alertId, t]));
  return [...team.alerts.values()]
    .map((a) => ({
      id: a.id,
      ruleId: a.ruleId,
      title: a.title,
      severity: a.severity,
      techniques: [...a.techniques],
      simTime: a.at,
      eventId: a.eventId,
      host: a.host,
      query: a.query,
      state: byId.get(a.id)?.state ?? 'new',
      assignee: byId.get(a.id)?.assignee ?? null,
    }))
    .sort((x, y) => y.simTime - x.simTime || x.id.localeCompare(y.id));
}
