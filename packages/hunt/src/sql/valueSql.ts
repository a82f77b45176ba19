import type { ValueExpr } from '../ast.js';
import type { ValueType } from '../plan/functions.js';
import type { Stage } from '../plan/Stage.js';
import { resolveField } from '../plan/Stage.js';
import { isIsoLiteral, typeOfValue } from '../plan/typeOfValue.js';
import { parseDuration } from '../syntax/duration.js';
import { parseIsoMs } from '../text/isoTime.js';
import { colRef, filterSql } from './filterSql.js';
import type { SqlEnv } from './filterSql.js';
import { sqlTimestamp } from './Params.js';

const NUMBER_TEXT = '[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?';

function literalSql(v: string | number | boolean | null, type: ValueType, env: SqlEnv): string {
  if (v === null) return 'NULL';
  const t = type === 'null' ? 'string' : type;
  return `CAST(${env.params.add(v)} AS ${env.d.typeName(t, false)})`;
}

function callSql(e: Extract<ValueExpr, { kind: 'call' }>, stage: Stage, env: SqlEnv): string {
  if (e.fn === 'bin') {
    const lit = e.args[1];
    const ms = parseDuration(lit?.kind === 'literal' ? String(lit.value) : '', e.span);
    return env.d.timeBucket(valueSql(e.args[0] as ValueExpr, stage, env), env.params.add(ms));
  }
  if (e.fn === 'strftime') {
    const lit = e.args[1];
    const fmt = lit?.kind === 'literal' ? String(lit.value) : '';
    return env.d.strftime(
      valueSql(e.args[0] as ValueExpr, stage, env),
      env.params.add(env.d.strftimeFormat(fmt)),
    );
  }
  const a = e.args.map((x) => valueSql(x, stage, env));
  const [x, y, z] = a as [string, string, string];
  const t0 = e.args[0] ? typeOfValue(e.args[0], stage) : 'null';
  switch (e.fn) {
    case 'lower':
    case 'upper':
    case 'trim':
    case 'abs':
    case 'floor':
    case 'ceil':
    case 'coalesce':
      return `${e.fn}(${a.join(', ')})`;
    case 'hour':
      return env.d.hour(x);
    case 'round':
      return t0 === 'long' ? x : env.d.round(x);
    case 'len':
      return `length(${x})`;
    case 'substr': {
      const st = `CAST(trunc(${y}) AS INTEGER)`;
      const nulls = a.map((v) => `${v} IS NULL`).join(' OR ');
      const bad = a.length === 3 ? `${st} < 1 OR ${z} < 0` : `${st} < 1`;
      const body =
        a.length === 3
          ? `substring(${x}, ${st}, CAST(trunc(${z}) AS INTEGER))`
          : `substring(${x}, ${st})`;
      return `(CASE WHEN ${nulls} OR ${bad} THEN NULL ELSE ${body} END)`;
    }
    case 'concat':
      return `concat(${a.map((v) => `COALESCE(${v}, '')`).join(', ')})`;
    case 'replace':
      return `(CASE WHEN ${y} = '' THEN ${x} ELSE replace(${x}, ${y}, ${z}) END)`;
    case 'tonumber':
      return `(CASE WHEN ${env.d.regexFull(x, NUMBER_TEXT)} THEN ${env.d.tryCast(x, 'double')} END)`;
    case 'tostring':
      switch (t0) {
        case 'string':
          return x;
        case 'timestamp':
          return env.d.isoText(x);
        case 'double':
          return env.d.doubleText(x);
        case 'null':
          return 'CAST(NULL AS VARCHAR)';
        default:
          return `CAST(${x} AS VARCHAR)`;
      }
    case 'if':
      return `(CASE WHEN ${x} THEN ${y} ELSE ${z} END)`;
    case 'case': {
      const arms: string[] = [];
      for (let i = 0; i + 1 < a.length; i += 2) arms.push(`WHEN ${a[i]} THEN ${a[i + 1]}`);
      return `(CASE ${arms.join(' ')} END)`;
    }
    case 'isnull':
      return `(${x} IS NULL)`;
    case 'isnotnull':
      return `(${x} IS NOT NULL)`;
    default:
      return 'NULL';
  }
}

/**
 * Compiles a `where`/`eval` expression to SQL with the interpreter's semantics: SQL's
 * three-valued logic, division and modulo by zero give NULL, literals are typed
 * parameters, an ISO text compared with a time is a time.
 */
export function valueSql(e: ValueExpr, stage: Stage, env: SqlEnv): string {
  switch (e.kind) {
    case 'literal':
      return literalSql(e.value, typeOfValue(e, stage), env);
    case 'field': {
      const r = resolveField(stage, e.name);
      return r ? colRef(r, env.d) : 'NULL';
    }
    case 'filter':
      return filterSql(e.expr, stage, env);
    case 'unary':
      return e.op === 'not'
        ? `(NOT ${valueSql(e.expr, stage, env)})`
        : `(-${valueSql(e.expr, stage, env)})`;
    case 'call':
      return callSql(e, stage, env);
    case 'binary': {
      const lt = typeOfValue(e.left, stage);
      const rt = typeOfValue(e.right, stage);
      const side = (x: ValueExpr, other: ValueType): string =>
        other === 'timestamp' && isIsoLiteral(x) && x.kind === 'literal'
          ? `CAST(${env.params.add(sqlTimestamp(parseIsoMs(String(x.value)) as number))} AS TIMESTAMP)`
          : valueSql(x, stage, env);
      const l = side(e.left, rt);
      const r = side(e.right, lt);
      switch (e.op) {
        case 'and':
          return `(${l} AND ${r})`;
        case 'or':
          return `(${l} OR ${r})`;
        case '/':
          return `(CAST(${l} AS ${env.d.typeName('double', false)}) / NULLIF(CAST(${r} AS ${env.d.typeName('double', false)}), 0))`;
        case '%':
          return env.d.mod(l, `NULLIF(${r}, 0)`, lt === 'double' || rt === 'double');
        case '==':
          return `(${l} = ${r})`;
        case '!=':
          return `(${l} <> ${r})`;
        default:
          return `(${l} ${e.op} ${r})`;
      }
    }
  }
}
