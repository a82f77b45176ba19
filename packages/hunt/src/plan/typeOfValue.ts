import type { ValueExpr } from '../ast.js';
import { didYouMean } from '../catalogue/didYouMean.js';
import { HuntError } from '../HuntError.js';
import { parseIsoMs } from '../text/isoTime.js';
import { checkFilter } from './checkFilter.js';
import type { FilterLeaf } from './checkFilter.js';
import { FUNCTIONS } from './functions.js';
import type { ValueType } from './functions.js';
import type { Stage } from './Stage.js';
import { requireField } from './unknownField.js';

const isNum = (t: ValueType): boolean => t === 'long' || t === 'double' || t === 'null';

/** True when `e` is a string literal that parses as an ISO 8601 time. */
export function isIsoLiteral(e: ValueExpr): boolean {
  return e.kind === 'literal' && typeof e.value === 'string' && parseIsoMs(e.value) !== undefined;
}

/**
 * The type of a `where`/`eval` expression in a stage; throws `hunt.unknown-field`,
 * `hunt.unknown-function` or `hunt.type`. `leaves` collects the meaning of `match(…)`
 * filter leaves. A string literal compared with a time is read as an ISO 8601 time.
 */
export function typeOfValue(
  e: ValueExpr,
  stage: Stage,
  leaves: Map<unknown, FilterLeaf> = new Map(),
): ValueType {
  const fail = (msg: string, hint?: string): never => {
    throw new HuntError('hunt.type', msg, e.span, hint);
  };
  switch (e.kind) {
    case 'literal':
      if (e.value === null) return 'null';
      if (typeof e.value === 'number') return Number.isInteger(e.value) ? 'long' : 'double';
      return typeof e.value === 'string' ? 'string' : 'boolean';
    case 'field': {
      const r = requireField(stage, e.name, e.span);
      if (r.column.array)
        fail(`${e.name} is a list`, `filter on it before the first pipe: ${e.name}:value`);
      return r.column.type;
    }
    case 'filter':
      checkFilter(e.expr, stage, leaves as Map<never, FilterLeaf>);
      return 'boolean';
    case 'unary': {
      const t = typeOfValue(e.expr, stage, leaves);
      if (e.op === 'not')
        return t === 'boolean' || t === 'null' ? 'boolean' : fail('not needs true/false');
      return isNum(t) ? (t === 'null' ? 'double' : t) : fail('- needs a number');
    }
    case 'binary': {
      const l = typeOfValue(e.left, stage, leaves);
      const r = typeOfValue(e.right, stage, leaves);
      switch (e.op) {
        case 'and':
        case 'or':
          if (![l, r].every((t) => t === 'boolean' || t === 'null'))
            fail(`${e.op} needs true/false on both sides`);
          return 'boolean';
        case '+':
        case '-':
        case '*':
        case '/':
        case '%':
          if (!isNum(l) || !isNum(r)) {
            fail(
              `${e.op} needs numbers, found ${l} and ${r}`,
              l === 'string' || r === 'string' ? 'join text with concat(a, b)' : undefined,
            );
          }
          return e.op !== '/' &&
            (l === 'long' || l === 'null') &&
            (r === 'long' || r === 'null') &&
            !(l === 'null' && r === 'null')
            ? 'long'
            : 'double';
        default: {
          const ok =
            l === 'null' ||
            r === 'null' ||
            l === r ||
            (isNum(l) && isNum(r)) ||
            (l === 'timestamp' && isIsoLiteral(e.right)) ||
            (r === 'timestamp' && isIsoLiteral(e.left));
          if (!ok) {
            fail(
              `cannot compare ${l} with ${r}`,
              l === 'string' || r === 'string'
                ? 'quote numbers compared with text ("4688"), or convert with tonumber()'
                : undefined,
            );
          }
          return 'boolean';
        }
      }
    }
    case 'call': {
      const spec = FUNCTIONS[e.fn];
      if (!spec) {
        const guess = didYouMean(e.fn, Object.keys(FUNCTIONS));
        throw new HuntError(
          'hunt.unknown-function',
          `unknown function ${e.fn}${guess ? ` — did you mean ${guess}?` : ''}`,
          e.span,
          `functions: ${Object.keys(FUNCTIONS).join(', ')}`,
        );
      }
      if (e.args.length < spec.minArgs || e.args.length > spec.maxArgs) {
        fail(
          `${e.fn} takes ${spec.minArgs === spec.maxArgs ? spec.minArgs : `${spec.minArgs} to ${spec.maxArgs}`} arguments`,
          spec.signature,
        );
      }
      const types = e.args.map((a) => typeOfValue(a, stage, leaves));
      const t = spec.result(types, e.args);
      return t === 'null' ||
        t === 'string' ||
        t === 'long' ||
        t === 'double' ||
        t === 'boolean' ||
        t === 'timestamp'
        ? t
        : fail(t, spec.signature);
    }
  }
}
