/**
 * Splits a Windows command line into arguments the way `CommandLineToArgvW` does (the
 * algorithm Elastic's Sysmon pipeline implements): whitespace separates arguments outside
 * quotes, `\"` is a literal quote, 2n backslashes before a quote give n backslashes, and
 * `""` inside quotes is a literal quote.
 */
export function splitCommandLine(cmd: string): string[] {
  const args: string[] = [];
  let i = 0;
  while (i < cmd.length) {
    while (i < cmd.length && (cmd[i] === ' ' || cmd[i] === '\t')) i++;
    if (i >= cmd.length) break;
    let arg = '';
    let inQuote = false;
    let slashes = 0;
    for (; i < cmd.length; i++) {
      const c = cmd[i] as string;
      if ((c === ' ' || c === '\t') && !inQuote) break;
      if (c === '\\') {
        slashes++;
        continue;
      }
      if (c === '"') {
        arg += '\\'.repeat(Math.floor(slashes / 2));
        if (slashes % 2 === 0) {
          if (inQuote && cmd[i + 1] === '"') {
            arg += '"';
            i++;
          }
          inQuote = !inQuote;
        } else {
          arg += '"';
        }
        slashes = 0;
        continue;
      }
      arg += '\\'.repeat(slashes) + c;
      slashes = 0;
    }
    arg += '\\'.repeat(slashes);
    args.push(arg);
  }
  return args;
}
