import type { Expr } from '../ast.js';
import type { FilterLeaf } from '../plan/checkFilter.js';
import type { MatchSpec } from '../plan/matchSpec.js';
import type { Resolved, Stage } from '../plan/Stage.js';
import { resolveField } from '../plan/Stage.js';
import { TEXT_FIELDS } from '../plan/textFields.js';
import { globToLike, likeEscape } from '../text/glob.js';
import type { Params } from './Params.js';
import { sqlTimestamp } from './Params.js';
import type { HuntDialect } from './SqlHooks.js';

/** What the SQL expression compilers share. */
export interface SqlEnv {
  readonly d: HuntDialect;
  readonly params: Params;
  readonly leaves: ReadonlyMap<Expr, FilterLeaf>;
}

/** The SQL for reading a resolved field: its column, or a typed NULL when absent. */
export function colRef(r: Resolved, d: HuntDialect): string {
  return r.source === 'absent'
    ? `CAST(NULL AS ${d.typeName(r.column.type, r.column.array)})`
    : d.quoteIdent(r.column.name);
}

const IPV4 = '(25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])){3}';

function ipv4Number(x: string, d: HuntDialect): string {
  const part = (i: number): string => d.tryCast(`split_part(${x}, '.', ${i})`, 'long');
  return `(${part(1)} * 16777216 + ${part(2)} * 65536 + ${part(3)} * 256 + ${part(4)})`;
}

/** True when some character of `s` changes under upper- or lower-casing. */
function hasCase(s: string): boolean {
  return s.toLowerCase() !== s.toUpperCase();
}

/** The SQL predicate of a spec on one value `x` (a scalar column or a list element). */
function specSql(spec: MatchSpec, x: string, env: SqlEnv): string {
  const { d, params } = env;
  const num = (v: number): string =>
    `CAST(${params.add(v)} AS ${d.typeName(Number.isInteger(v) ? 'long' : 'double', false)})`;
  const text = (asText: boolean): string =>
    asText ? `CAST(${x} AS ${d.typeName('string', false)})` : x;
  switch (spec.k) {
    case 'never':
      return 'FALSE';
    case 'str-eq':
      // A value without cased letters (an event code, an IP) equals lower(x) exactly when it
      // equals x, so the plain comparison is used: it lets DuckDB skip lower() on every row.
      return spec.cs || !hasCase(spec.value)
        ? `${text(spec.asText)} = ${params.add(spec.value)}`
        : `lower(${text(spec.asText)}) = ${params.add(spec.value)}`;
    case 'str-like':
      return `${text(spec.asText)} ${spec.cs ? 'LIKE' : 'ILIKE'} ${params.add(globToLike(spec.glob))} ESCAPE '\\'`;
    case 'regex':
      return d.regexSearch(text(spec.asText), params.add(d.regexParam(spec.pattern, spec.flags)));
    case 'cidr': {
      if (spec.cidr.version === 4) {
        const bits = 32n - BigInt(spec.cidr.prefix);
        const lo = Number(spec.cidr.network);
        const hi = Number(spec.cidr.network | ((1n << bits) - 1n));
        return `(${d.regexFull(x, IPV4)} AND ${ipv4Number(x, d)} BETWEEN ${params.add(lo)} AND ${params.add(hi)})`;
      }
      return ipv6InCidr(x, spec.cidr.network, spec.cidr.prefix, env);
    }
    case 'num-eq':
      return `${x} = ${num(spec.value)}`;
    case 'bool-eq':
      return `${x} = ${params.add(spec.value)}`;
    case 'ts-eq':
      return `${x} = CAST(${params.add(sqlTimestamp(spec.ms))} AS TIMESTAMP)`;
    case 'num-cmp':
      return `${x} ${spec.op} ${num(spec.value)}`;
    case 'str-cmp':
      return `${x} ${spec.op} ${params.add(spec.value)}`;
    case 'ts-cmp':
      return `${x} ${spec.op} CAST(${params.add(sqlTimestamp(spec.ms))} AS TIMESTAMP)`;
    case 'field-eq': {
      if (spec.other.column.array) return 'FALSE';
      const o = colRef(spec.other, d);
      return spec.cs || spec.other.column.type !== 'string'
        ? `${x} = ${o}`
        : `lower(${x}) = lower(${o})`;
    }
  }
}

/**
 * IPv6 CIDR on text: the address is expanded to 32 hex digits in SQL (dialect hook
 * `ipv6Hex`), then its first `prefix` bits are compared with the network's: whole
 * nibbles as a text prefix (`substr(hex, 1, n) = $p`), the remaining bits as a nibble range.
 */
function ipv6InCidr(x: string, network: bigint, prefix: number, env: SqlEnv): string {
  const { d, params } = env;
  const { valid, hex } = d.ipv6Hex(`lower(${x})`);
  const netHex = network.toString(16).padStart(32, '0');
  const nibbles = Math.floor(prefix / 4);
  const rest = prefix % 4;
  const conds = [valid];
  if (nibbles > 0)
    conds.push(`substr(${hex}, 1, ${nibbles}) = ${params.add(netHex.slice(0, nibbles))}`);
  if (rest > 0) {
    const n = parseInt(netHex[nibbles] as string, 16);
    const mask = (0xf << (4 - rest)) & 0xf;
    const lo = (n & mask).toString(16);
    const hi = ((n & mask) | (~mask & 0xf)).toString(16);
    conds.push(`substr(${hex}, ${nibbles + 1}, 1) BETWEEN ${params.add(lo)} AND ${params.add(hi)}`);
  }
  return `(${conds.join(' AND ')})`;
}

/**
 * A predicate on a field: any element for lists, FALSE when the field is absent or null
 * (NULL where `nullIsFalse`: the caller is a WHERE that treats both alike).
 */
function onField(
  r: Resolved,
  env: SqlEnv,
  pred: (x: string) => string,
  nullIsFalse: boolean,
): string {
  if (r.source === 'absent') return 'FALSE';
  const col = colRef(r, env.d);
  const test = r.column.array ? env.d.anyElement(col, pred) : pred(col);
  return nullIsFalse ? test : `COALESCE(${test}, FALSE)`;
}

/**
 * Compiles a filter expression to a two-valued SQL condition (every leaf is wrapped in
 * COALESCE(…, FALSE), so `NOT` keeps rows where the field is missing, as in the
 * interpreter). Every value is a parameter.
 *
 * `inWhere`: the condition is a WHERE clause, where a NULL leaf drops the row as FALSE
 * would; leaves outside any `not` then go unwrapped, which lets DuckDB push them into the
 * table scan (a COALESCE hides them from it: the scan then reads every row).
 */
export function filterSql(e: Expr, stage: Stage, env: SqlEnv, inWhere = false): string {
  switch (e.kind) {
    case 'all':
      return 'TRUE';
    case 'and':
    case 'or':
      return `(${e.items.map((i) => filterSql(i, stage, env, inWhere)).join(e.kind === 'and' ? ' AND ' : ' OR ')})`;
    case 'not':
      return `(NOT ${filterSql(e.expr, stage, env)})`;
    case 'exists': {
      const r = resolveField(stage, e.field);
      if (!r || r.source === 'absent') return 'FALSE';
      const col = colRef(r, env.d);
      return r.column.array
        ? `COALESCE(${env.d.listLength(col)} > 0, FALSE)`
        : `(${col} IS NOT NULL)`;
    }
    case 'text': {
      const fields = TEXT_FIELDS.map((f) => resolveField(stage, f)).filter(
        (r): r is Resolved =>
          r !== undefined && r.source !== 'absent' && r.column.type === 'string',
      );
      if (!fields.length) return 'FALSE';
      const p = env.params.add(`%${likeEscape(e.value.toLowerCase())}%`);
      return `(${fields.map((r) => onField(r, env, (x) => `${x} ILIKE ${p} ESCAPE '\\'`, inWhere)).join(' OR ')})`;
    }
    case 'match':
    case 'compare': {
      const leaf = env.leaves.get(e) as FilterLeaf;
      let sql: string | undefined;
      return onField(leaf.resolved, env, (x) => (sql ??= specSql(leaf.spec, x, env)), inWhere);
    }
  }
}
