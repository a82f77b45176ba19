import type { GradeFeedbackId, GradeOptions, GradeResult } from './GradeResult.js';
import { matchPart, type AnswerSpec, type PartMatch } from './matchPart.js';

/** Types whose single answers never contain spaces, so spaces may separate list parts. */
const SPACE_SEPARATED = new Set([
  'ip',
  'domain',
  'url',
  'hash',
  'host',
  'user',
  'email',
  'technique',
  'choice',
]);

/** Splits a list answer on commas, semicolons and new lines (and spaces where unambiguous). */
function splitParts(given: string, type: string): string[] {
  const sep = SPACE_SEPARATED.has(type) ? /[,;\n\r\s]+/ : /[,;\n\r]+/;
  return given
    .split(sep)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The best match of one part against all keys. */
function bestMatch(
  spec: AnswerSpec,
  keys: readonly string[],
  part: string,
  options: GradeOptions,
): PartMatch {
  let best: PartMatch = { score: 0, normalised: undefined };
  for (const key of keys) {
    const m = matchPart(spec, key, part, options);
    if (
      m.score > best.score ||
      (best.normalised === undefined && m.normalised !== undefined && m.score >= best.score)
    ) {
      best = m;
    }
  }
  return best;
}

/** A result for the given credit, with the feedback that explains it. */
function result(fraction: number, normalised: string, fallback: GradeFeedbackId): GradeResult {
  const f = Math.max(0, Math.min(1, fraction));
  return {
    correct: f >= 1,
    fraction: f,
    normalised,
    feedbackId: f >= 1 ? 'grading.correct' : fallback,
  };
}

/**
 * Grades a trainee's answer against a task's answer keys (templates already resolved for
 * the team's world), accepting equivalent forms: case, whitespace, defanged indicators
 * (`hxxp://evil[.]com`, `10[.]0[.]0[.]1`, `a[at]b.org`), trailing dots, a URL where a
 * domain is asked, an IP inside a key CIDR, host names with or without the domain suffix,
 * `DOMAIN\user` and `user@domain`, ATT&CK ids or names (half credit for the parent of a
 * sub-technique), times within the tolerance (ISO, `YYYY-MM-DD HH:MM`, or `HH:MM`),
 * choice numbers or letters.
 *
 * With `answer.all`, the answer is a list (commas, semicolons, new lines): credit is the
 * keys found divided by the number of keys plus wrong extra parts. Otherwise the keys are
 * alternatives and any one of them is full credit. Free text needs an evaluator.
 */
export function gradeAnswer(
  answer: AnswerSpec,
  resolvedKeys: readonly string[],
  given: string,
  options: GradeOptions = {},
): GradeResult {
  const text = given.trim();
  if (text === '')
    return { correct: false, fraction: 0, normalised: '', feedbackId: 'grading.empty' };
  if (answer.type === 'text') {
    return {
      correct: false,
      fraction: 0,
      normalised: text.replace(/\s+/g, ' '),
      feedbackId: 'grading.needs-evaluator',
      needsEvaluator: true,
    };
  }
  if (!answer.all) {
    const m = bestMatch(answer, resolvedKeys, text, options);
    if (m.normalised === undefined) return result(0, text, 'grading.unparseable');
    const why: GradeFeedbackId = m.parent
      ? 'grading.parent-technique'
      : m.outsideTolerance
        ? 'grading.outside-tolerance'
        : 'grading.wrong';
    return result(m.score, m.normalised, why);
  }
  const parts = splitParts(text, answer.type);
  const seen = new Set<string>();
  const credit = new Map<string, number>();
  let wrong = 0;
  const shown: string[] = [];
  for (const part of parts) {
    const m = bestMatch(answer, resolvedKeys, part, options);
    const norm = m.normalised ?? part;
    if (seen.has(norm)) continue;
    seen.add(norm);
    shown.push(norm);
    let bestKey: string | undefined;
    let bestScore = 0;
    let matchesAny = false;
    for (const key of resolvedKeys) {
      const s = matchPart(answer, key, part, options).score;
      if (s > 0) matchesAny = true;
      if (s > bestScore && s > (credit.get(key) ?? 0)) {
        bestKey = key;
        bestScore = s;
      }
    }
    // A part that only repeats a key already credited is neither credit nor a mistake.
    if (bestKey !== undefined) credit.set(bestKey, bestScore);
    else if (!matchesAny) wrong += 1;
  }
  const found = [...credit.values()].reduce((a, b) => a + b, 0);
  const keys = new Set(resolvedKeys).size;
  const fraction = keys + wrong > 0 ? found / (keys + wrong) : 0;
  return result(fraction, shown.join(', '), fraction > 0 ? 'grading.partial' : 'grading.wrong');
}
