import type { IncidentReport } from '../../api/types.js';

/** The report as the server accepts it: blank rows dropped, techniques well-formed only. */
export function cleanReport(r: IncidentReport): IncidentReport {
  const out: IncidentReport = {};
  if (r.summary) out.summary = r.summary;
  const timeline = (r.timeline ?? []).filter((e) => e.what.trim() || e.at.trim());
  if (timeline.length)
    out.timeline = timeline.map((e) => ({ at: e.at.slice(0, 40), what: e.what.slice(0, 2000) }));
  const assets = (r.affectedAssets ?? []).map((a) => a.trim()).filter(Boolean);
  if (assets.length) out.affectedAssets = assets;
  const indicators = (r.indicators ?? []).filter((i) => i.value.trim());
  if (indicators.length)
    out.indicators = indicators.map((i) => ({ kind: i.kind.slice(0, 40), value: i.value.trim() }));
  const techniques = (r.techniques ?? []).filter((x) => /^T\d{4}(\.\d{3})?$/.test(x));
  if (techniques.length) out.techniques = techniques;
  if (r.impact) out.impact = r.impact;
  if (r.actionsTaken) out.actionsTaken = r.actionsTaken;
  if (r.recommendations) out.recommendations = r.recommendations;
  return out;
}
