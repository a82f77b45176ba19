/** The host part of a URL (`https://a.example:8443/x` → `a.example`), without a regex. */
export function hostOfUrl(url: string): string {
  const start = url.indexOf('://');
  const from = start < 0 ? 0 : start + 3;
  let end = url.length;
  for (let i = from; i < url.length; i++) {
    const c = url.charCodeAt(i);
    // '/', ':', '?', '#'
    if (c === 47 || c === 58 || c === 63 || c === 35) {
      end = i;
      break;
    }
  }
  return url.slice(from, end);
}
