import type { Role } from '../api/types.js';

/** A screen of the app: its route, the i18n key of its label, who sees it. */
export interface NavItem {
  readonly route: string;
  readonly label: string;
  readonly roles: readonly Role[];
}

const trainee: Role[] = ['trainee'];
const staff: Role[] = ['admin', 'instructor', 'evaluator', 'coordinator'];

/** Every screen, in menu order. */
export const NAV: readonly NavItem[] = [
  { route: 'home', label: 'nav.home', roles: trainee },
  { route: 'investigate', label: 'nav.investigate', roles: trainee },
  { route: 'alerts', label: 'nav.alerts', roles: trainee },
  { route: 'assets', label: 'nav.assets', roles: trainee },
  { route: 'inbox', label: 'nav.inbox', roles: trainee },
  { route: 'tasks', label: 'nav.tasks', roles: trainee },
  { route: 'evidence', label: 'nav.evidence', roles: trainee },
  { route: 'report', label: 'nav.report', roles: trainee },
  { route: 'scoreboard', label: 'nav.scoreboard', roles: trainee },
  {
    route: 'control',
    label: 'nav.control',
    roles: ['admin', 'instructor', 'evaluator', 'coordinator'],
  },
  { route: 'injects', label: 'nav.injects', roles: ['admin', 'instructor'] },
  { route: 'chat', label: 'nav.chat', roles: ['admin', 'instructor'] },
  { route: 'hints', label: 'nav.hints', roles: ['admin', 'instructor'] },
  { route: 'grading', label: 'nav.grading', roles: ['admin', 'instructor', 'evaluator'] },
  { route: 'exercises', label: 'nav.exercises', roles: ['admin', 'coordinator', 'instructor'] },
  { route: 'users', label: 'nav.users', roles: ['admin', 'coordinator'] },
];

/** The screens `role` may open, in menu order. */
export function navFor(role: Role): NavItem[] {
  return NAV.filter((n) => n.roles.includes(role));
}

/** The route to open: the requested one when allowed, else the role's first screen. */
export function resolveRoute(role: Role, requested: string): string {
  const items = navFor(role);
  const base = requested.split('/')[0] ?? '';
  return items.some((n) => n.route === base) ? requested : (items[0]?.route ?? 'home');
}

/** Staff (everyone but trainees) watch all teams. */
export function isStaffRole(role: Role): boolean {
  return staff.includes(role);
}
