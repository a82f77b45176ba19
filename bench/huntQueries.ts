// The five reference queries of issue 3, each also hand-written in DuckDB SQL (the floor)
// and in plain JavaScript over flat records in memory (the obvious alternative).

type Row = Record<string, unknown>;

/** The reference queries, exactly as a trainee types them. */
export const QUERIES = [
  'event.code:4688 and process.name:powershell.exe',
  'event.code:4625 | stats count() by user.name, source.ip | sort -count | head 10',
  'dns.question.name:* | stats dc(host.name) as hosts by dns.question.registered_domain | where hosts < 3',
  '* | timechart span=1h count() by event.dataset',
  'process.parent.name:winword.exe | fields @timestamp, host.name, process.command_line',
] as const;

const SCOPE =
  'exercise_id = $1 AND team_id = $2 AND "@timestamp" >= CAST($3 AS TIMESTAMP) AND "@timestamp" < CAST($4 AS TIMESTAMP)';

/**
 * Query `i` as a person would write it in DuckDB SQL; parameters: exercise, team, from, to.
 * Each returns the rows the hunting language returns, in the same order (ties broken the
 * same way) and with the same row bound, so the comparison is fair.
 */
export function handWrittenSql(i: number): string {
  switch (i) {
    case 0:
      return `SELECT "_source" FROM events WHERE ${SCOPE} AND "event.code" = '4688' AND lower("process.name") = 'powershell.exe' ORDER BY "@timestamp", "_seq" LIMIT 10001`;
    case 1:
      return `SELECT "user.name", "source.ip", count(*) AS count FROM events WHERE ${SCOPE} AND "event.code" = '4625' GROUP BY ALL ORDER BY count DESC, "user.name" NULLS LAST, "source.ip" NULLS LAST LIMIT 10`;
    case 2:
      return `SELECT "dns.question.registered_domain", count(DISTINCT "host.name") AS hosts FROM events WHERE ${SCOPE} AND "dns.question.name" IS NOT NULL GROUP BY ALL HAVING hosts < 3 ORDER BY 1 NULLS LAST LIMIT 10001`;
    case 3:
      return `SELECT time_bucket(INTERVAL 1 HOUR, "@timestamp") AS t, "event.dataset", count(*) FROM events WHERE ${SCOPE} GROUP BY ALL ORDER BY ALL LIMIT 10001`;
    case 4:
      return `SELECT "@timestamp", "host.name", "process.command_line" FROM events WHERE ${SCOPE} AND lower("process.parent.name") = 'winword.exe' ORDER BY "@timestamp", "_seq" LIMIT 10001`;
    default:
      throw new Error(`no query ${i}`);
  }
}

const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : undefined);

/** Query `i` as a plain JavaScript filter/aggregation over flat records. */
export function handWrittenJs(i: number, rows: readonly Row[], maxRows: number): unknown {
  switch (i) {
    case 0: {
      const out: Row[] = [];
      for (const r of rows) {
        if (r['event.code'] === '4688' && lower(r['process.name']) === 'powershell.exe') {
          out.push(r);
          if (out.length > maxRows) break;
        }
      }
      return out;
    }
    case 1: {
      const counts = new Map<string, number>();
      for (const r of rows) {
        if (r['event.code'] !== '4625') continue;
        const k = `${String(r['user.name'])}\u0000${String(r['source.ip'])}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 10);
    }
    case 2: {
      const hosts = new Map<unknown, Set<unknown>>();
      for (const r of rows) {
        if (r['dns.question.name'] == null) continue;
        const d = r['dns.question.registered_domain'];
        let s = hosts.get(d);
        if (!s) hosts.set(d, (s = new Set()));
        s.add(r['host.name']);
      }
      return [...hosts].filter(([, s]) => s.size < 3).slice(0, maxRows + 1);
    }
    case 3: {
      const counts = new Map<string, number>();
      for (const r of rows) {
        const k = `${Math.floor((r.ts as number) / 3_600_000)}\u0000${String(r['event.dataset'])}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(0, maxRows + 1);
    }
    case 4: {
      const out: Row[] = [];
      for (const r of rows) {
        if (lower(r['process.parent.name']) !== 'winword.exe') continue;
        out.push({
          '@timestamp': r['@timestamp'],
          'host.name': r['host.name'],
          'process.command_line': r['process.command_line'],
        });
        if (out.length > maxRows) break;
      }
      return out;
    }
    default:
      throw new Error(`no query ${i}`);
  }
}
