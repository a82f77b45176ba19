import type { EcsEvent } from '@kunren/domain';
import type { DeviceFacts, EventMeta, HttpFacts } from './facts.js';
import type { Obj } from './Obj.js';
import { timestampOf } from './timestampOf.js';
import { urlFields } from './urlFields.js';

/**
 * A web proxy access log line (Squid with TLS inspection, combined log format; `squid.log`):
 * the full URL even for HTTPS, the user agent and referrer, Squid's result code
 * (`TCP_MISS/200`, `TCP_DENIED/403`), and the proxy's URL category as `rule.category`.
 */
export function proxyAccess(meta: EventMeta, proxy: DeviceFacts, http: HttpFacts): EcsEvent {
  const denied = http.action === 'denied';
  const status = denied ? 403 : http.status;
  const requestStatus = denied ? 'TCP_DENIED' : 'TCP_MISS';
  const response: Obj = { status_code: status, bytes: denied ? 3900 : http.responseBytes };
  if (!denied && http.mimeType !== undefined) response.mime_type = http.mimeType;
  const request: Obj = { method: http.method, bytes: http.requestBytes };
  if (http.referrer !== undefined) request.referrer = http.referrer;
  const destination: Obj = { domain: http.domain, port: http.port };
  if (!denied) destination.ip = http.serverIp;
  const related: Obj = {
    ip: denied ? [http.clientIp] : [http.clientIp, http.serverIp],
    hosts: [http.domain],
  };
  const ev: EcsEvent = {
    '@timestamp': timestampOf(meta),
    event: {
      id: meta.id,
      kind: 'event',
      module: 'squid',
      dataset: 'squid.log',
      category: ['network', 'web'],
      type: ['access', 'connection', denied ? 'denied' : 'allowed'],
      action: requestStatus,
      outcome: denied || status >= 400 ? 'failure' : 'success',
      duration: http.durationMs * 1_000_000,
    },
    observer: {
      hostname: proxy.name,
      ip: [proxy.ip],
      product: proxy.product,
      vendor: proxy.vendor,
      type: 'proxy',
    },
    source: { ip: http.clientIp },
    destination,
    url: urlFields(http),
    http: { version: '1.1', request, response },
    user_agent: { original: http.userAgent },
    related,
    squid: {
      request_status: requestStatus,
      hierarchy_status: denied ? 'HIER_NONE' : 'HIER_DIRECT',
    },
    ecs: { version: '8.11.0' },
  };
  if (http.user !== undefined) {
    ev.user = { name: http.user };
    related.user = [http.user];
  }
  if (http.category !== undefined) {
    ev.rule = denied
      ? {
          category: http.category,
          name: 'deny-' + http.category.toLowerCase().replaceAll(' ', '-'),
        }
      : { category: http.category };
  }
  return ev;
}
