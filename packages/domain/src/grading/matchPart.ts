import type { Task } from '../scenario/tasks.js';
import { parseDuration } from '../duration.js';
import { cidrContains } from './ipv4.js';
import {
  normaliseDomain,
  normaliseEmail,
  normaliseFilename,
  normaliseHash,
  normaliseHost,
  normaliseIp,
  normaliseTechnique,
  normaliseUrl,
  normaliseUser,
  showNetwork,
} from './normalise.js';
import { parseAnswerTime } from './parseAnswerTime.js';
import type { GradeOptions } from './GradeResult.js';

/** A task's answer specification. */
export type AnswerSpec = Task['answer'];

/** How one part of an answer compares with one key. */
export interface PartMatch {
  /** Credit for this key, 0 to 1. */
  readonly score: number;
  /** The part as read, or undefined when it cannot be read as the answer type at all. */
  readonly normalised: string | undefined;
  /** A time that parsed but lies outside the tolerance. */
  readonly outsideTolerance?: boolean;
  /** Credit for naming the parent of the key's sub-technique. */
  readonly parent?: boolean;
}

/** Exact comparison of two normalised strings. */
function same(a: string, b: string): PartMatch {
  return { score: a !== '' && a === b ? 1 : 0, normalised: a === '' ? undefined : a };
}

/** A choice answer as an option number: `2`, `2)`, `B`, `b.`, or the option's English text. */
function choiceNumber(part: string, spec: AnswerSpec): number | undefined {
  const t = part
    .trim()
    .replace(/[).:]+$/, '')
    .trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (/^[a-z]$/i.test(t)) return t.toLowerCase().charCodeAt(0) - 96;
  const i = (spec.choices ?? []).findIndex((c) => c.en.trim().toLowerCase() === t.toLowerCase());
  return i >= 0 ? i + 1 : undefined;
}

/** A numeric tolerance: `5` absolute or `10%` relative to the key; 0 when absent. */
function numberTolerance(tolerance: string | undefined, key: number): number {
  if (tolerance === undefined) return 0;
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(tolerance.trim());
  if (pct) return (Math.abs(key) * Number(pct[1])) / 100;
  const abs = Number(tolerance);
  return Number.isFinite(abs) ? abs : 0;
}

/** Compares one part of a trainee's answer with one key, by the answer's type. */
export function matchPart(
  spec: AnswerSpec,
  key: string,
  part: string,
  options: GradeOptions,
): PartMatch {
  switch (spec.type) {
    case 'ip': {
      const given = normaliseIp(part);
      const want = normaliseIp(key);
      if (!given) return { score: 0, normalised: undefined };
      const inside =
        want !== undefined && given.prefix >= want.prefix && cidrContains(want, given.base);
      return { score: inside ? 1 : 0, normalised: showNetwork(given) };
    }
    case 'domain':
      return same(normaliseDomain(part), normaliseDomain(key));
    case 'url':
      return same(normaliseUrl(part), normaliseUrl(key));
    case 'hash':
      return same(normaliseHash(part), normaliseHash(key));
    case 'host':
      return same(normaliseHost(part), normaliseHost(key));
    case 'user':
      return same(normaliseUser(part), normaliseUser(key));
    case 'email':
      return same(normaliseEmail(part), normaliseEmail(key));
    case 'filename': {
      const keepPath = /[\\/]/.test(key);
      return same(normaliseFilename(part, keepPath), normaliseFilename(key, keepPath));
    }
    case 'technique': {
      const given = normaliseTechnique(part);
      const want = normaliseTechnique(key);
      if (given === undefined || want === undefined) return { score: 0, normalised: given };
      if (given === want || given.startsWith(`${want}.`)) return { score: 1, normalised: given };
      if (want.startsWith(`${given}.`)) return { score: 0.5, normalised: given, parent: true };
      return { score: 0, normalised: given };
    }
    case 'time': {
      const want = parseAnswerTime(key, '+00:00');
      const given = parseAnswerTime(part, options.utcOffset, want);
      if (given === undefined) return { score: 0, normalised: undefined };
      const normalised = new Date(given).toISOString();
      if (want === undefined) return { score: 0, normalised };
      const tolerance = parseDuration(spec.tolerance ?? '') ?? 60_000;
      const ok = Math.abs(given - want) <= tolerance;
      return { score: ok ? 1 : 0, normalised, outsideTolerance: !ok };
    }
    case 'choice': {
      const n = choiceNumber(part, spec);
      return {
        score: n !== undefined && String(n) === key.trim() ? 1 : 0,
        normalised: n === undefined ? undefined : String(n),
      };
    }
    case 'number': {
      const given = Number(part.trim().replace(/[,_\s]/g, ''));
      const want = Number(key);
      if (part.trim() === '' || !Number.isFinite(given)) return { score: 0, normalised: undefined };
      const ok = Math.abs(given - want) <= numberTolerance(spec.tolerance, want);
      return { score: ok ? 1 : 0, normalised: String(given) };
    }
    default:
      return same(
        part.trim().replace(/\s+/g, ' ').toLowerCase(),
        key.trim().replace(/\s+/g, ' ').toLowerCase(),
      );
  }
}
