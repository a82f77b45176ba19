import type { ValueExpr } from '../ast.js';
import type { FilterLeaf } from '../plan/checkFilter.js';
import type { ValueType } from '../plan/functions.js';
import type { Stage } from '../plan/Stage.js';
import { resolveField } from '../plan/Stage.js';
import { isIsoLiteral, typeOfValue } from '../plan/typeOfValue.js';
import { parseIsoMs } from '../text/isoTime.js';
import type { Scalar } from './coerceValue.js';
import { cmp, filterJs } from './filterJs.js';
import { FUNCTIONS_JS } from './functionsJs.js';
import { getter } from './Row.js';
import type { Row } from './Row.js';

type Eval = (row: Row) => Scalar;

function arith(op: string, a: number, b: number): Scalar {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? null : a / b;
    default:
      return b === 0 ? null : a % b;
  }
}

function compare(op: string, a: Scalar, b: Scalar): boolean {
  const c = cmp(a, b);
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

/**
 * Compiles a `where`/`eval` expression to a JS function with SQL's null semantics:
 * arithmetic and comparisons with null give null, `and`/`or` are three-valued,
 * division by zero gives null. Times are epoch milliseconds.
 */
export function valueJs(
  e: ValueExpr,
  stage: Stage,
  leaves: ReadonlyMap<unknown, FilterLeaf>,
): Eval {
  const typeOf = (x: ValueExpr): ValueType => typeOfValue(x, stage);
  switch (e.kind) {
    case 'literal': {
      const v = e.value;
      return () => v;
    }
    case 'field': {
      const r = resolveField(stage, e.name);
      if (!r) return () => null;
      const g = getter(r);
      return (row) => g(row) as Scalar;
    }
    case 'filter': {
      const f = filterJs(e.expr, stage, leaves as ReadonlyMap<never, FilterLeaf>);
      return (row) => f(row);
    }
    case 'unary': {
      const inner = valueJs(e.expr, stage, leaves);
      if (e.op === 'not') {
        return (row) => {
          const v = inner(row);
          return v === null ? null : !v;
        };
      }
      return (row) => {
        const v = inner(row);
        return v === null ? null : -(v as number);
      };
    }
    case 'binary': {
      const timeVsText =
        (typeOf(e.left) === 'timestamp' && isIsoLiteral(e.right)) ||
        (typeOf(e.right) === 'timestamp' && isIsoLiteral(e.left));
      const side = (x: ValueExpr): Eval => {
        if (timeVsText && x.kind === 'literal' && typeof x.value === 'string') {
          const ms = parseIsoMs(x.value) as number;
          return () => ms;
        }
        return valueJs(x, stage, leaves);
      };
      const l = side(e.left);
      const r = side(e.right);
      const op = e.op;
      if (op === 'and') {
        return (row) => {
          const a = l(row);
          if (a === false) return false;
          const b = r(row);
          return b === false ? false : a === null || b === null ? null : true;
        };
      }
      if (op === 'or') {
        return (row) => {
          const a = l(row);
          if (a === true) return true;
          const b = r(row);
          return b === true ? true : a === null || b === null ? null : false;
        };
      }
      const isArith = op === '+' || op === '-' || op === '*' || op === '/' || op === '%';
      return (row) => {
        const a = l(row);
        const b = r(row);
        if (a === null || b === null) return null;
        return isArith ? arith(op, a as number, b as number) : compare(op, a, b);
      };
    }
    case 'call': {
      const args = e.args.map((a) => valueJs(a, stage, leaves));
      const types = e.args.map(typeOf);
      const fn = FUNCTIONS_JS[e.fn];
      if (!fn) return () => null;
      return (row) =>
        fn(
          args.map((a) => a(row)),
          types,
        );
    }
  }
}
