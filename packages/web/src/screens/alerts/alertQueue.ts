import type { AlertView } from '../../api/types.js';

/** How the queue is narrowed. */
export interface AlertFilter {
  readonly ruleId?: string;
  readonly severity?: string;
  /** `open` = new or investigating. */
  readonly state?: string;
  readonly text?: string;
}

/** One detection rule's share of the queue. */
export interface RuleCount {
  readonly ruleId: string;
  readonly title: string;
  readonly severity: string;
  readonly count: number;
  readonly open: number;
}

const SEVERITY_ORDER: Record<string, number> = {
  critical: 0,
  high: 1,
  medium: 2,
  low: 3,
  informational: 4,
};
const OPEN = new Set(['new', 'investigating']);

/** The alerts that pass `filter`, most severe first, then newest. */
export function filterAlerts(alerts: readonly AlertView[], filter: AlertFilter): AlertView[] {
  const text = filter.text?.trim().toLowerCase();
  return alerts
    .filter(
      (a) =>
        (!filter.ruleId || a.ruleId === filter.ruleId) &&
        (!filter.severity || a.severity === filter.severity) &&
        (!filter.state ||
          (filter.state === 'open' ? OPEN.has(a.state) : a.state === filter.state)) &&
        (!text ||
          `${a.title} ${a.host ?? ''} ${a.techniques.join(' ')}`.toLowerCase().includes(text)),
    )
    .sort(
      (x, y) =>
        (SEVERITY_ORDER[x.severity] ?? 9) - (SEVERITY_ORDER[y.severity] ?? 9) ||
        y.simTime - x.simTime ||
        x.id.localeCompare(y.id),
    );
}

/**
 * The queue by rule: a SOC reads thousands of alerts as a few rules, the rare and
 * severe ones first.
 */
export function countByRule(alerts: readonly AlertView[]): RuleCount[] {
  const by = new Map<
    string,
    { ruleId: string; title: string; severity: string; count: number; open: number }
  >();
  for (const a of alerts) {
    const e = by.get(a.ruleId) ?? {
      ruleId: a.ruleId,
      title: a.title,
      severity: a.severity,
      count: 0,
      open: 0,
    };
    e.count++;
    if (OPEN.has(a.state)) e.open++;
    by.set(a.ruleId, e);
  }
  return [...by.values()].sort(
    (x, y) =>
      (SEVERITY_ORDER[x.severity] ?? 9) - (SEVERITY_ORDER[y.severity] ?? 9) ||
      x.count - y.count ||
      x.title.localeCompare(y.title),
  );
}
