import type { Query } from '../ast.js';
import type { ModifierOptions } from './applyModifiers.js';
import { compileDetection } from './compileDetection.js';
import { andOf } from './exprBuilders.js';
import { mapField } from './mapping/mapField.js';
import { resolveLogsource } from './mapping/resolveLogsource.js';
import { ruleMeta } from './ruleMeta.js';
import type { SigmaRuleMeta } from './ruleMeta.js';
import type { SigmaError, SourcePosition } from './SigmaError.js';
import type { SigmaDetectionRule } from './SigmaRule.js';

/** Options of rule compilation. */
export type SigmaCompileOptions = ModifierOptions;

/** A compiled rule, or why it cannot be compiled (with where and how to fix it). */
export type SigmaCompileResult =
  | { readonly ok: true; readonly query: Query; readonly meta: SigmaRuleMeta }
  | {
      readonly ok: false;
      readonly reason: string;
      /** Stable error id (`sigma.unmapped-field`, `sigma.unsupported-logsource`, …). */
      readonly id: string;
      readonly position: SourcePosition;
      readonly fix: string;
      readonly meta: SigmaRuleMeta;
    };

/**
 * Compiles a detection rule into a hunt query: the logsource's ECS filter AND the
 * detection, with field names mapped to ECS. Fails (never drops parts silently) on an
 * unsupported logsource, an unmapped field or an unsupported modifier or value.
 */
export function compileRule(
  rule: SigmaDetectionRule,
  options: SigmaCompileOptions = {},
): SigmaCompileResult {
  const meta = ruleMeta(rule);
  const logsource = resolveLogsource(rule.logsource);
  if ('fix' in logsource) return failure(logsource, meta);
  const detection = compileDetection(
    rule.detection,
    (name) => mapField(name, logsource.entry.fields, rule.logsource),
    options,
  );
  if ('fix' in detection) return failure(detection, meta);
  return {
    ok: true,
    query: { filter: andOf([logsource.filter, detection]), commands: [], source: rule.source },
    meta,
  };
}

/** The failure result of an error. */
export function failure(error: SigmaError, meta: SigmaRuleMeta): SigmaCompileResult {
  return {
    ok: false,
    reason: error.message,
    id: error.id,
    position: error.position,
    fix: error.fix,
    meta,
  };
}
