/**
 * Undoes the usual ways analysts defang indicators so they cannot be clicked:
 * `hxxp://`, `hXXps[:]//`, `evil[.]com`, `evil(.)com`, `evil{.}com`, `evil[dot]com`,
 * `10[.]0[.]0[.]1`, `a[at]b.org`, `a[@]b.org`, `[://]`, `[/]`.
 */
export function refang(text: string): string {
  return text
    .trim()
    .replace(/\b[hH][xX]{2}[pP]([sS]?)\b/g, (_m, s: string) => `http${s.toLowerCase()}`)
    .replace(/\[:\/\/\]|\(:\/\/\)|\{:\/\/\}/g, '://')
    .replace(/\[:\]|\(:\)|\{:\}/g, ':')
    .replace(/\[\/\]|\(\/\)/g, '/')
    .replace(/\s*[[({]\s*(?:\.|dot)\s*[\])}]\s*/gi, '.')
    .replace(/\\\./g, '.')
    .replace(/\s*[[({]\s*(?:@|at)\s*[\])}]\s*/gi, '@');
}

/** Defangs an indicator the common way: `http` → `hxxp`, `.` → `[.]`, `@` → `[at]`. */
export function defang(text: string): string {
  return text
    .replace(/\bhttp(s?):\/\//gi, (_m, s: string) => `hxxp${s}://`)
    .replace(/\./g, '[.]')
    .replace(/@/g, '[at]');
}
