import type { Role } from '../state/StateStore.js';

/** What a role may do outside its own team's work. */
export type Permission =
  | 'users.manage'
  | 'programmes.manage'
  | 'exercises.create'
  | 'exercises.observe'
  | 'exercises.control'
  | 'exercises.rewind'
  | 'injects.send'
  | 'hints.decide'
  | 'counterparts.play'
  | 'reports.grade'
  | 'scoreboard.manage'
  | 'audit.read';

const grants: Record<Role, readonly Permission[]> = {
  admin: [
    'users.manage',
    'programmes.manage',
    'exercises.create',
    'exercises.observe',
    'exercises.control',
    'exercises.rewind',
    'injects.send',
    'hints.decide',
    'counterparts.play',
    'reports.grade',
    'scoreboard.manage',
    'audit.read',
  ],
  coordinator: ['users.manage', 'programmes.manage', 'exercises.create', 'exercises.observe'],
  instructor: [
    'exercises.create',
    'exercises.observe',
    'exercises.control',
    'exercises.rewind',
    'injects.send',
    'hints.decide',
    'counterparts.play',
    'reports.grade',
    'scoreboard.manage',
  ],
  evaluator: ['exercises.observe', 'reports.grade'],
  trainee: [],
};

/** True when `role` holds `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}

/** Staff see every team of an exercise; trainees only their own. */
export function isStaff(role: Role): boolean {
  return can(role, 'exercises.observe');
}
