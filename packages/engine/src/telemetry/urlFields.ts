import type { HttpFacts } from './facts.js';
import type { Obj } from './Obj.js';
import { registeredDomain } from './registeredDomain.js';

/** ECS `url` from HTTP facts: original/full, scheme, domain (with its parts), port, path, query. */
export function urlFields(http: HttpFacts): Obj {
  const url: Obj = {
    original: http.url,
    full: http.url,
    scheme: http.scheme,
    domain: http.domain,
    port: http.port,
    path: http.path,
  };
  const parts = registeredDomain(http.domain);
  if (parts) {
    url.registered_domain = parts.registered_domain;
    url.top_level_domain = parts.top_level_domain;
    if (parts.subdomain !== undefined) url.subdomain = parts.subdomain;
  }
  if (http.query !== undefined) url.query = http.query;
  const dot = http.path.lastIndexOf('.');
  const slash = http.path.lastIndexOf('/');
  if (dot > slash + 1 && dot < http.path.length - 1) url.extension = http.path.slice(dot + 1);
  return url;
}
