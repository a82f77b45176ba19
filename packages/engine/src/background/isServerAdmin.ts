import type { WorldModel } from '../model/WorldModel.js';
import type { UserModel } from '../model/UserModel.js';

/**
 * Whether a person administers servers (opens RDP sessions to them during the day): a
 * Domain Admin, or a local administrator who works from a workstation in a management
 * segment (the IT staff's admin PCs). Office staff who are merely local administrators
 * of their own PC never log on to servers, let alone domain controllers.
 */
export function isServerAdmin(m: WorldModel, um: UserModel): boolean {
  if (um.spec.privileges === 'domain-admin') return true;
  if (!um.admin || um.host < 0) return false;
  const segment = m.hosts[um.host]?.spec.segment;
  return m.scenario.organisation.segments.some((s) => s.id === segment && s.zone === 'management');
}
