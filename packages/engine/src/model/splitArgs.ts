const cache = new Map<string, readonly string[]>();

/**
 * Splits a Windows command line into arguments the way `CommandLineToArgvW` mostly does
 * (double quotes group, quotes are dropped). Cached: background command lines repeat.
 */
export function splitArgs(commandLine: string): readonly string[] {
  const hit = cache.get(commandLine);
  if (hit) return hit;
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let any = false;
  for (let i = 0; i < commandLine.length; i++) {
    const c = commandLine[i] as string;
    if (c === '"') {
      quoted = !quoted;
      any = true;
    } else if ((c === ' ' || c === '\t') && !quoted) {
      if (any) out.push(cur);
      cur = '';
      any = false;
    } else {
      cur += c;
      any = true;
    }
  }
  if (any) out.push(cur);
  if (cache.size > 20_000) cache.clear();
  cache.set(commandLine, out);
  return out;
}
