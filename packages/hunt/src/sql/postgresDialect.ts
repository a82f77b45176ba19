import type { FieldType } from '@kunren/domain/ecs';
import { quoteIdent } from './duckdbDialect.js';
import type { HuntDialect } from './SqlHooks.js';

const TYPES: Record<FieldType, string> = {
  string: 'TEXT',
  long: 'BIGINT',
  double: 'DOUBLE PRECISION',
  boolean: 'BOOLEAN',
  timestamp: 'TIMESTAMP',
};

/**
 * A validated RE2-subset pattern as a PostgreSQL ARE. ARE's default mode has RE2's `s`
 * semantics, so without `s` an unescaped `.` outside classes becomes `[^\n]` (RE2's `[^a]`
 * does match a newline, so no ARE newline mode fits); `m` is ARE's `w` (`^ $` at lines);
 * `\b`/`\B` become `\y`/`\Y` (in ARE `\b` is a backspace).
 */
function regexParam(pattern: string, flags: string): string {
  const dotAll = flags.includes('s');
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[++i] as string;
      out += !inClass && n === 'b' ? '\\y' : !inClass && n === 'B' ? '\\Y' : `\\${n}`;
    } else if (inClass) {
      if (c === ']' && !/\[\^?$/.test(out)) inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += c === '.' && !dotAll ? '[^\\n]' : c;
  }
  const opts = `${flags.includes('m') ? 'w' : ''}${flags.includes('i') ? 'i' : ''}`;
  return opts ? `(?${opts})${out}` : out;
}

const TO_CHAR: Record<string, string> = {
  Y: 'YYYY',
  m: 'MM',
  d: 'DD',
  H: 'HH24',
  M: 'MI',
  S: 'SS',
  j: 'DDD',
};

/** strftime codes to a `to_char` template; literal text goes in double quotes. */
function strftimeFormat(fmt: string): string {
  let out = '';
  let lit = '';
  const flush = (): void => {
    if (lit) out += `"${lit.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    lit = '';
  };
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i] as string;
    const code = c === '%' ? fmt[i + 1] : undefined;
    if (code !== undefined && code in TO_CHAR) {
      flush();
      out += TO_CHAR[code];
      i++;
    } else if (code === '%') {
      lit += '%';
      i++;
    } else lit += c;
  }
  flush();
  return out;
}

/**
 * PostgreSQL (14+): `text[]` lists through `unnest`, regexes through `~` (ARE; the
 * validated RE2 subset translated), `date_bin`, `to_char`, subqueries for `QUALIFY` and
 * explicit column lists for `SELECT * REPLACE`. Text columns should use `COLLATE "C"`
 * so that ordering and comparisons are by code point, as in DuckDB and the interpreter.
 */
export const postgresDialect: HuntDialect = {
  name: 'postgres',
  quoteIdent,
  param: (i) => `$${i}`,
  typeName: (type, array) => `${TYPES[type]}${array ? '[]' : ''}`,
  anyElement: (list, pred) =>
    `EXISTS (SELECT 1 FROM unnest(${list}) AS __u(__x) WHERE ${pred('__x')})`,
  listLength: (list) => `cardinality(${list})`,
  inTextList: (list, value) => `${value} = ANY(CAST(${list} AS TEXT[]))`,
  regexParam,
  regexSearch: (value, pattern) => `(${value} ~ ${pattern})`,
  regexFull: (value, pattern) => `(${value} ~ '^(?:${pattern.replace(/'/g, "''")})$')`,
  timeBucket: (ts, ms) =>
    `date_bin(make_interval(secs => CAST(${ms} AS BIGINT) / 1000.0), ${ts}, TIMESTAMP '1970-01-01 00:00:00')`,
  strftimeFormat,
  strftime: (ts, fmt) => `to_char(${ts}, ${fmt})`,
  isoText: (ts) => `to_char(${ts}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  hour: (ts) => `CAST(extract(hour FROM ${ts}) AS BIGINT)`,
  round: (x) => `CAST(round(CAST(${x} AS NUMERIC)) AS DOUBLE PRECISION)`,
  mod: (l, r, double) =>
    double
      ? `CAST(mod(CAST(${l} AS NUMERIC), CAST(${r} AS NUMERIC)) AS DOUBLE PRECISION)`
      : `(${l} % ${r})`,
  doubleText: (x) =>
    `(CASE WHEN ${x} = trunc(${x}) AND abs(${x}) < 1e15 THEN CAST(CAST(${x} AS BIGINT) AS TEXT) ELSE CAST(${x} AS TEXT) END)`,
  tryCast: (x, type) =>
    type === 'long'
      ? `(CASE WHEN ${x} ~ '^-?[0-9]{1,18}$' THEN CAST(${x} AS BIGINT) END)`
      : `(CASE WHEN ${x} ~ '^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,3})?$' THEN CAST(${x} AS DOUBLE PRECISION) END)`,
  distinctSorted: (x, t) =>
    `COALESCE(array_agg(DISTINCT ${x} ORDER BY ${x}) FILTER (WHERE ${x} IS NOT NULL), CAST(ARRAY[] AS ${TYPES[t]}[]))`,
  firstBy: (x, orderBy, filter) =>
    `(array_agg(${x} ORDER BY ${orderBy}) FILTER (WHERE ${filter}))[1]`,
  ipv6Hex: (s) => {
    const groups = (h: string): string =>
      `(CASE WHEN ${h} = '' THEN CAST(ARRAY[] AS TEXT[]) ELSE string_to_array(${h}, ':') END)`;
    const head = groups(`split_part(${s}, '::', 1)`);
    const tail = groups(`split_part(${s}, '::', 2)`);
    const all = `(CASE WHEN strpos(${s}, '::') > 0 THEN ${head} || array_fill(CAST('0' AS TEXT), ARRAY[greatest(0, 8 - cardinality(${head}) - cardinality(${tail}))]) || ${tail} ELSE string_to_array(${s}, ':') END)`;
    const valid = `(${s} ~ '^[0-9a-f:]+$' AND (strpos(${s}, '::') = 0 OR (length(${s}) - length(replace(${s}, '::', '')) = 2 AND cardinality(${head}) + cardinality(${tail}) <= 7)) AND cardinality(${all}) = 8 AND NOT EXISTS (SELECT 1 FROM unnest(${all}) AS __g(g) WHERE g !~ '^[0-9a-f]{1,4}$'))`;
    const hex = `(SELECT string_agg(lpad(g, 4, '0'), '' ORDER BY o) FROM unnest(${all}) WITH ORDINALITY AS __h(g, o))`;
    return { valid, hex };
  },
  firstPerPartition: (cols, from, where, partition, order) =>
    `SELECT ${cols.map(quoteIdent).join(', ')} FROM (SELECT *, row_number() OVER (PARTITION BY ${partition} ORDER BY ${order}) AS "__first" FROM ${from} WHERE ${where}) AS __p WHERE "__first" = 1`,
  selectStar: (cols, replace, add) => {
    const rep = new Map(replace);
    const list = cols.map((c) =>
      rep.has(c) ? `${rep.get(c) as string} AS ${quoteIdent(c)}` : quoteIdent(c),
    );
    return `SELECT ${[...list, ...add.map(([n, e]) => `${e} AS ${quoteIdent(n)}`)].join(', ')}`;
  },
};
