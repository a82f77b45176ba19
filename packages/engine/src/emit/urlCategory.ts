const KNOWN: [string, string][] = [
  ['microsoft.com', 'Information Technology'],
  ['office.com', 'Information Technology'],
  ['office365.com', 'Information Technology'],
  ['microsoftonline.com', 'Information Technology'],
  ['live.com', 'Web-based Email'],
  ['outlook.com', 'Web-based Email'],
  ['windowsupdate.com', 'Information Technology'],
  ['google.com', 'Search Engines and Portals'],
  ['bing.com', 'Search Engines and Portals'],
  ['googleapis.com', 'Information Technology'],
  ['gstatic.com', 'Content Servers'],
  ['youtube.com', 'Streaming Media'],
  ['wikipedia.org', 'Reference'],
  ['linkedin.com', 'Social Networking'],
  ['facebook.com', 'Social Networking'],
  ['twitter.com', 'Social Networking'],
  ['x.com', 'Social Networking'],
  ['github.com', 'Information Technology'],
  ['zoom.us', 'Web Conferencing'],
  ['bbc.com', 'News and Media'],
  ['reuters.com', 'News and Media'],
  ['nikkei.com', 'News and Media'],
  ['adobe.com', 'Information Technology'],
  ['akamaized.net', 'Content Servers'],
  ['cloudflare.com', 'Information Technology'],
];

const cache = new Map<string, string>();

/** The category a web proxy would file a domain under (cached per domain). */
export function urlCategory(domain: string, org: string): string {
  const key = `${org}|${domain}`;
  let c = cache.get(key);
  if (c === undefined) {
    c = categorise(domain, org);
    if (cache.size > 10_000) cache.clear();
    cache.set(key, c);
  }
  return c;
}

function categorise(domain: string, org: string): string {
  const d = domain.toLowerCase();
  if (d === org || d.endsWith(`.${org}`)) return 'Government and Legal Organizations';
  if (d.endsWith('.go.jp') || d.endsWith('.go.id') || d.endsWith('.gov') || d.includes('.gov.')) {
    return 'Government and Legal Organizations';
  }
  for (const [k, c] of KNOWN) if (d === k || d.endsWith(`.${k}`)) return c;
  return 'Business and Economy';
}
