import type { Scenario } from '@kunren/domain';
import { parseDuration } from '@kunren/domain';
import { showPath, type DocPath, type Finding } from '../Finding.js';

/** Minutes since midnight of an `HH:MM` the schema has already checked. */
function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** A `{start, end}` span whose end is not after its start. */
function span(
  hours: { start: string; end: string } | undefined,
  path: DocPath,
  what: string,
): Finding | undefined {
  if (!hours || minutes(hours.end) > minutes(hours.start)) return undefined;
  return {
    id: 'scenario.hours-end-before-start',
    path: [...path, 'end'],
    message: `${what} end ${hours.end} is not after start ${hours.start}; spans over midnight are not supported, end must be later than start`,
  };
}

/** Every `{dist: …}` distribution whose bounds are the wrong way round. */
function distributions(value: unknown, path: DocPath, out: Finding[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => distributions(v, [...path, i], out));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const d = value as Record<string, unknown>;
  const ms = (k: string) => (typeof d[k] === 'string' ? parseDuration(d[k] as string) : undefined);
  if (d.dist === 'uniform' && (ms('min') ?? 0) > (ms('max') ?? Infinity)) {
    out.push({
      id: 'scenario.bad-distribution',
      path: [...path, 'min'],
      message: `uniform distribution at ${showPath(path)} has min ${String(d.min)} above max ${String(d.max)}; swap them`,
    });
  }
  if (d.dist === 'exponential' && (ms('max') ?? Infinity) < (ms('mean') ?? 0)) {
    out.push({
      id: 'scenario.bad-distribution',
      path: [...path, 'max'],
      message: `exponential distribution at ${showPath(path)} has max ${String(d.max)} below its mean ${String(d.mean)}; raise max`,
    });
  }
  for (const [k, v] of Object.entries(d)) distributions(v, [...path, k], out);
}

/**
 * Times: working hours, office hours and lunch end after they start, lunch lies within
 * office hours, and distributions have their bounds the right way round.
 */
export function checkTimes(scenario: Scenario): Finding[] {
  const out: (Finding | undefined)[] = [];
  const org = scenario.organisation;
  org.users.forEach((u, i) =>
    out.push(
      span(
        u.hours,
        ['organisation', 'users', i, 'hours'],
        `working hours of user "${u.username}":`,
      ),
    ),
  );
  (org.userPools ?? []).forEach((p, i) =>
    out.push(
      span(
        p.hours,
        ['organisation', 'userPools', i, 'hours'],
        `working hours of user pool "${p.department}":`,
      ),
    ),
  );
  const bg = scenario.background;
  out.push(span(bg.officeHours, ['background', 'officeHours'], 'office hours:'));
  const lunch = span(bg.lunch, ['background', 'lunch'], 'lunch:');
  out.push(lunch);
  if (
    !lunch &&
    (minutes(bg.lunch.start) < minutes(bg.officeHours.start) ||
      minutes(bg.lunch.end) > minutes(bg.officeHours.end))
  ) {
    out.push({
      id: 'scenario.hours-end-before-start',
      path: ['background', 'lunch'],
      message: `lunch ${bg.lunch.start}–${bg.lunch.end} is outside office hours ${bg.officeHours.start}–${bg.officeHours.end}; move it inside`,
    });
  }
  const found: Finding[] = out.filter((f): f is Finding => f !== undefined);
  distributions(scenario, [], found);
  return found;
}
