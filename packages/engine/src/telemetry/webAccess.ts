import type { EcsEvent } from '@kunren/domain';
import type { EventMeta, HostFacts, HttpFacts } from './facts.js';
import { hostFields } from './hostFields.js';
import type { Obj } from './Obj.js';
import { timestampOf } from './timestampOf.js';

/**
 * A web server access log line (`nginx.access`, combined format) on `server`: the client,
 * request line, status, bytes sent, referrer and user agent.
 */
export function webAccess(meta: EventMeta, server: HostFacts, http: HttpFacts): EcsEvent {
  const request: Obj = { method: http.method };
  if (http.referrer !== undefined) request.referrer = http.referrer;
  const url: Obj = {
    original: http.query !== undefined ? http.path + '?' + http.query : http.path,
    path: http.path,
    domain: http.domain,
  };
  if (http.query !== undefined) url.query = http.query;
  const ev: EcsEvent = {
    '@timestamp': timestampOf(meta),
    event: {
      id: meta.id,
      kind: 'event',
      module: 'nginx',
      dataset: 'nginx.access',
      category: ['web'],
      type: ['access'],
      outcome: http.status >= 400 ? 'failure' : 'success',
    },
    host: hostFields(server).host,
    source: { address: http.clientIp, ip: http.clientIp },
    url,
    http: {
      version: '1.1',
      request,
      response: { status_code: http.status, body: { bytes: http.responseBytes } },
    },
    user_agent: { original: http.userAgent },
    related: { ip: [http.clientIp] },
    nginx: { access: { remote_ip_list: [http.clientIp] } },
    ecs: { version: '8.11.0' },
  };
  if (http.user !== undefined) {
    ev.user = { name: http.user };
    (ev.related as Obj).user = [http.user];
  }
  return ev;
}
