/**
 * `process.args` as the Security pipeline derives it from a 4688 `CommandLine`: split on
 * whitespace outside double quotes, quotes kept (unlike Sysmon's Windows-style argv).
 */
export function splitCommandLine4688(cmd: string): string[] {
  const out: string[] = [];
  let start = 0;
  let inQuote = false;
  const n = cmd.length;
  for (let i = 0; i < n; i++) {
    const c = cmd.charCodeAt(i);
    if (c === 34) inQuote = !inQuote;
    if (!inQuote && (c === 32 || c === 9)) {
      out.push(cmd.slice(start, i));
      start = i + 1;
    }
    if (i === n - 1) out.push(cmd.slice(start, i + 1));
  }
  return out;
}
