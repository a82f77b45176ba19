import { daysFromCivil } from './daysFromCivil.js';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an ISO 8601 instant (`2026-03-09T00:00:00Z`, `…+07:00`, optional fraction) into ms
 * since the Unix epoch, with integer arithmetic (no `Date`). Undefined when malformed.
 */
export function parseIsoUtc(text: string): number | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as number[];
  const s = Number(m[6] ?? 0);
  const frac = Number((m[7] ?? '0').padEnd(3, '0'));
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || s > 60) return undefined;
  const offset = m[8] === 'Z' ? 0 : parseUtcOffset(m[8] as string);
  if (offset === undefined) return undefined;
  const days = daysFromCivil(y!, mo!, d!);
  return days * 86_400_000 + h! * 3_600_000 + mi! * 60_000 + s * 1000 + frac - offset;
}

/** Parses `+07:00` / `-03:30` into milliseconds east of UTC. */
export function parseUtcOffset(text: string): number | undefined {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const ms = Number(m[2]) * 3_600_000 + Number(m[3]) * 60_000;
  return m[1] === '-' ? -ms : ms;
}
