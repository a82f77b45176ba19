import type { WorldModel } from '../model/WorldModel.js';

/** A host index from a rendered name, FQDN or IP (-1 when the organisation has none). */
export function resolveHost(m: WorldModel, text: string): number {
  const t = text.trim().toLowerCase();
  const byName = m.hostByName.get(t);
  if (byName !== undefined) return byName;
  const byIp = m.hostByIp.get(t);
  if (byIp !== undefined) return byIp;
  const dot = t.indexOf('.');
  if (dot > 0) return m.hostByName.get(t.slice(0, dot)) ?? -1;
  return -1;
}
