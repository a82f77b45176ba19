import type { Span } from '../ast.js';
import type { SourcePosition } from './SigmaError.js';

/** A scalar as written in a rule: YAML strings, numbers, booleans and `null`. */
export type SigmaScalar = string | number | boolean | null;

/** One value of a detection item, with where it was written. */
export interface SigmaValue {
  readonly value: SigmaScalar;
  readonly position: SourcePosition;
  readonly span: Span;
}

/**
 * One `Field|mod1|mod2: value(s)` entry of a search, or a keyword list (no field).
 * Values are OR-linked unless the `all` modifier links them with AND.
 */
export interface SigmaDetectionItem {
  /** The Sigma field name; undefined for keywords (searched in the whole event). */
  readonly field?: string;
  /** Modifiers in the order written (`contains`, `all`, `re`, `i`, …), not yet validated. */
  readonly modifiers: readonly string[];
  readonly values: readonly SigmaValue[];
  /** Where the key (or, for keywords, the first value) was written. */
  readonly position: SourcePosition;
  readonly span: Span;
}

/**
 * A search identifier of `detection`: OR over alternatives, each an AND of items. A map is one
 * alternative; a list of maps is one alternative per map; a list of plain values is one
 * alternative holding one keyword item.
 */
export interface SigmaSearch {
  readonly name: string;
  readonly alternatives: readonly (readonly SigmaDetectionItem[])[];
  readonly position: SourcePosition;
}

/** The `logsource` section. */
export interface SigmaLogsource {
  readonly product?: string;
  readonly category?: string;
  readonly service?: string;
  readonly definition?: string;
  readonly position: SourcePosition;
}

/** A condition as written (a rule may give a list of them, OR-linked). */
export interface SigmaConditionText {
  readonly text: string;
  readonly position: SourcePosition;
  /** Offset of the condition's first character in the file text. */
  readonly offset: number;
}

/** Metadata every Sigma document may carry. */
export interface SigmaRuleInfo {
  readonly id?: string;
  /** Unique human-readable name, used by correlations to refer to the rule. */
  readonly name?: string;
  readonly title: string;
  readonly status?: string;
  readonly level?: string;
  readonly description?: string;
  readonly author?: string;
  readonly date?: string;
  readonly modified?: string;
  readonly license?: string;
  readonly tags: readonly string[];
  readonly references: readonly string[];
  readonly falsepositives: readonly string[];
  readonly fields: readonly string[];
  /** The whole text of the file the rule came from (positions refer to it). */
  readonly source: string;
  /** Where the document starts. */
  readonly position: SourcePosition;
}

/** A detection rule: logsource + searches + condition. */
export interface SigmaDetectionRule extends SigmaRuleInfo {
  readonly kind: 'rule';
  readonly logsource: SigmaLogsource;
  readonly detection: {
    readonly searches: ReadonlyMap<string, SigmaSearch>;
    readonly conditions: readonly SigmaConditionText[];
    readonly position: SourcePosition;
  };
}

/** Comparison of a correlation `condition`. */
export type SigmaCountOp = 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'neq';

/** The correlation types of the specification. */
export type SigmaCorrelationType =
  | 'event_count'
  | 'value_count'
  | 'temporal'
  | 'temporal_ordered'
  | 'value_sum'
  | 'value_avg'
  | 'value_percentile';

/** A correlation (meta) rule over other rules. */
export interface SigmaCorrelationRule extends SigmaRuleInfo {
  readonly kind: 'correlation';
  readonly correlation: {
    readonly type: SigmaCorrelationType;
    /** Referenced rules by id or name, in the order written. */
    readonly rules: readonly string[];
    readonly groupBy: readonly string[];
    /** The timespan as written (`5m`) and in milliseconds. */
    readonly timespan: { readonly text: string; readonly ms: number };
    /** Comparisons, AND-linked; absent for temporal types without a condition. */
    readonly condition: readonly { readonly op: SigmaCountOp; readonly value: number }[];
    /** The field of value_count / value_sum / value_avg / value_percentile. */
    readonly field?: string;
    /** alias → (rule name or id → field name). */
    readonly aliases: ReadonlyMap<string, ReadonlyMap<string, string>>;
    /** Whether referenced rules also produce stand-alone queries. */
    readonly generate: boolean;
    readonly position: SourcePosition;
  };
}

/** Any Sigma document kunren loads. */
export type SigmaDocument = SigmaDetectionRule | SigmaCorrelationRule;
