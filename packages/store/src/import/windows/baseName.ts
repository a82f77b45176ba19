/** The file name of a Windows path (`C:\Windows\cmd.exe` → `cmd.exe`), or undefined. */
export function baseName(path: unknown): string | undefined {
  if (typeof path !== 'string' || path.length < 2) return undefined;
  const i = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
  const name = i >= 0 ? path.slice(i + 1) : path;
  return name === '' ? undefined : name;
}

/** The directory of a Windows path, or undefined when it has none. */
export function dirName(path: string): string | undefined {
  const i = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
  return i > 0 ? path.slice(0, i) : undefined;
}
