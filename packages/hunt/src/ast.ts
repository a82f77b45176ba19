/**
 * The hunting-language AST: immutable, discriminated unions with source positions.
 *
 * One AST serves the hunting language (KQL filter + pipes) and Sigma rules (compiled into
 * the same filter expressions and pipes), so one compiler (AST → SQL) and one reference
 * interpreter (AST → JS over events) serve both. Every consumer switches exhaustively on
 * `kind`; adding a node kind must break the build until every pass handles it.
 *
 * Field names are ECS dotted names (`process.name`); `@timestamp` is the event time.
 */

/** Half-open character range [start, end) in the source text; `{0,0}` for generated nodes. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How a string comparison matches. */
export type MatchOp =
  /** Whole-value equality. */
  | 'eq'
  /** Glob with `*` (any run) and `?` (one char); `\*`, `\?`, `\\` escape. */
  | 'wildcard'
  | 'contains'
  | 'startswith'
  | 'endswith'
  /** Regular expression (RE2-like subset, see hunt docs); flags in `flags`. */
  | 'regex'
  /** The field (an IP) lies in the CIDR block given as value (v4 or v6). */
  | 'cidr'
  /** The field equals the value of another field, named by value. */
  | 'fieldref';

/** A filter expression: the part before the first pipe, and Sigma detections. */
export type Expr =
  | { readonly kind: 'all'; readonly span: Span }
  | { readonly kind: 'and'; readonly items: readonly Expr[]; readonly span: Span }
  | { readonly kind: 'or'; readonly items: readonly Expr[]; readonly span: Span }
  | { readonly kind: 'not'; readonly expr: Expr; readonly span: Span }
  | {
      readonly kind: 'match';
      readonly field: string;
      readonly op: MatchOp;
      /** For numbers/booleans only `eq` is meaningful. */
      readonly value: string | number | boolean;
      /** String matches are case-insensitive unless this is true (Sigma `|cased`). */
      readonly caseSensitive: boolean;
      /** Regex flags for op `regex`: any of `i`, `m`, `s`. */
      readonly flags?: string;
      readonly span: Span;
    }
  | {
      readonly kind: 'compare';
      readonly field: string;
      readonly op: '<' | '<=' | '>' | '>=';
      /** Numbers compare numerically; ISO strings on date fields compare as instants. */
      readonly value: number | string;
      readonly span: Span;
    }
  | { readonly kind: 'exists'; readonly field: string; readonly span: Span }
  /** A bare word or phrase: searched (case-insensitively, as `contains`) in the message fields. */
  | { readonly kind: 'text'; readonly value: string; readonly span: Span };

/** Expressions of `eval` and `where`: arithmetic, comparison, logic, function calls. */
export type ValueExpr =
  | {
      readonly kind: 'literal';
      readonly value: string | number | boolean | null;
      readonly span: Span;
    }
  | { readonly kind: 'field'; readonly name: string; readonly span: Span }
  | {
      readonly kind: 'binary';
      readonly op:
        '+' | '-' | '*' | '/' | '%' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'and' | 'or';
      readonly left: ValueExpr;
      readonly right: ValueExpr;
      readonly span: Span;
    }
  | {
      readonly kind: 'unary';
      readonly op: 'not' | '-';
      readonly expr: ValueExpr;
      readonly span: Span;
    }
  | {
      readonly kind: 'call';
      readonly fn: string;
      readonly args: readonly ValueExpr[];
      readonly span: Span;
    }
  /** A filter expression used as a boolean value (Sigma temporal correlation, `if(match(...))`). */
  | { readonly kind: 'filter'; readonly expr: Expr; readonly span: Span };

/** An aggregation of `stats`, `timechart` and friends. */
export interface Aggregation {
  readonly fn: 'count' | 'dc' | 'sum' | 'avg' | 'min' | 'max' | 'values' | 'earliest' | 'latest';
  /** Absent only for `count()`. */
  readonly field?: string;
  /** Output column name; defaults to `fn` or `fn(field)`. */
  readonly as?: string;
  readonly span: Span;
}

/** A pipe command. */
export type Command =
  | { readonly kind: 'where'; readonly expr: ValueExpr; readonly span: Span }
  | {
      readonly kind: 'stats';
      readonly aggs: readonly Aggregation[];
      readonly by: readonly string[];
      readonly span: Span;
    }
  | {
      readonly kind: 'sort';
      readonly keys: readonly { readonly field: string; readonly desc: boolean }[];
      readonly span: Span;
    }
  | { readonly kind: 'head'; readonly n: number; readonly span: Span }
  | { readonly kind: 'tail'; readonly n: number; readonly span: Span }
  | { readonly kind: 'fields'; readonly fields: readonly string[]; readonly span: Span }
  | {
      readonly kind: 'rename';
      readonly pairs: readonly { readonly from: string; readonly to: string }[];
      readonly span: Span;
    }
  | {
      readonly kind: 'eval';
      readonly assignments: readonly { readonly name: string; readonly expr: ValueExpr }[];
      readonly span: Span;
    }
  | { readonly kind: 'dedup'; readonly fields: readonly string[]; readonly span: Span }
  | {
      readonly kind: 'top' | 'rare';
      readonly fields: readonly string[];
      readonly limit: number;
      readonly by: readonly string[];
      readonly span: Span;
    }
  | {
      readonly kind: 'timechart';
      /** Bucket width in milliseconds. */
      readonly spanMs: number;
      readonly aggs: readonly Aggregation[];
      /** Optional split-by field. */
      readonly by?: string;
      readonly span: Span;
    }
  | {
      readonly kind: 'bin';
      readonly field: string;
      readonly spanMs: number;
      readonly as?: string;
      readonly span: Span;
    }
  | {
      /** Keep (or annotate) rows whose `field` value is in the named indicator list. */
      readonly kind: 'lookup';
      readonly list: string;
      readonly field: string;
      readonly span: Span;
    };

/** A whole query: a filter, then pipes, with the text it was parsed from. */
export interface Query {
  readonly filter: Expr;
  readonly commands: readonly Command[];
  readonly source: string;
}
