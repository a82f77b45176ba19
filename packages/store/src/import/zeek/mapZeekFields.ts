import type { JsonValue } from '@kunren/domain';
import { appendUnique, getPath, isBlank, setIfAbsent, setPath, type Doc } from '../docPath.js';
import { registeredDomain } from '../registeredDomain.js';

const CONN_STATES: Readonly<
  Record<string, { readonly message: string; readonly types: readonly string[] }>
> = {
  S0: { message: 'Connection attempt seen, no reply.', types: ['connection', 'start'] },
  S1: { message: 'Connection established, not terminated.', types: ['connection', 'start'] },
  SF: { message: 'Normal establishment and termination.', types: ['connection', 'start', 'end'] },
  REJ: { message: 'Connection attempt rejected.', types: ['connection', 'start', 'denied'] },
  S2: {
    message:
      'Connection established and close attempt by originator seen (but no reply from responder).',
    types: ['connection', 'info'],
  },
  S3: {
    message:
      'Connection established and close attempt by responder seen (but no reply from originator).',
    types: ['connection', 'info'],
  },
  RSTO: {
    message: 'Connection established, originator aborted (sent a RST).',
    types: ['connection', 'info'],
  },
  RSTR: { message: 'Responder sent a RST.', types: ['connection', 'info'] },
  RSTOS0: {
    message: 'Originator sent a SYN followed by a RST, we never saw a SYN-ACK from the responder.',
    types: ['connection', 'info'],
  },
  RSTRH: {
    message:
      'Responder sent a SYN ACK followed by a RST, we never saw a SYN from the (purported) originator.',
    types: ['connection', 'info'],
  },
  SH: {
    message:
      "Originator sent a SYN followed by a FIN, we never saw a SYN ACK from the responder (hence the connection was 'half' open).",
    types: ['connection', 'info'],
  },
  SHR: {
    message: 'Responder sent a SYN ACK followed by a FIN, we never saw a SYN from the originator.',
    types: ['connection', 'info'],
  },
  OTH: {
    message:
      "No SYN seen, just midstream traffic (a 'partial connection' that was not later closed).",
    types: ['connection', 'info'],
  },
};

const TLS_VERSIONS: Readonly<Record<string, readonly [string, string]>> = {
  SSLv2: ['ssl', '2.0'],
  SSLv3: ['ssl', '3.0'],
  TLSv10: ['tls', '1.0'],
  TLSv11: ['tls', '1.1'],
  TLSv12: ['tls', '1.2'],
  TLSv13: ['tls', '1.3'],
};

const num = (v: JsonValue | undefined): number | undefined =>
  typeof v === 'number' ? v : undefined;

/**
 * The per-log part of Elastic's Zeek pipelines: moves or copies a log's fields (in `own`,
 * which is `zeek.<dataset>`) to their ECS places and sets the categorisation.
 */
export function mapZeekFields(log: string, doc: Doc, own: Doc): void {
  const take = (field: string, target: string): void => {
    const v = own[field];
    if (!isBlank(v) && v !== undefined) {
      setIfAbsent(doc, target, v);
      delete own[field];
    }
  };
  const copy = (field: string, target: string): void => setIfAbsent(doc, target, own[field]);
  switch (log) {
    case 'conn': {
      setPath(doc, 'event.category', ['network']);
      take('proto', 'network.transport');
      take('service', 'network.protocol');
      const duration = num(own['duration']);
      if (duration !== undefined) setPath(doc, 'event.duration', Math.round(duration * 1e9));
      delete own['duration'];
      take('orig_ip_bytes', 'source.bytes');
      take('resp_ip_bytes', 'destination.bytes');
      take('orig_pkts', 'source.packets');
      take('resp_pkts', 'destination.packets');
      take('orig_l2_addr', 'source.mac');
      take('resp_l2_addr', 'destination.mac');
      if (own['conn_state'] !== undefined) {
        own['state'] = own['conn_state'] as JsonValue;
        delete own['conn_state'];
      }
      const state = CONN_STATES[String(own['state'])];
      if (state) {
        own['state_message'] = state.message;
        setPath(doc, 'event.type', [...state.types]);
      }
      const sum = (a: string, b: string): number | undefined => {
        const x = num(getPath(doc, a));
        const y = num(getPath(doc, b));
        return x !== undefined && y !== undefined ? x + y : undefined;
      };
      setIfAbsent(doc, 'network.bytes', sum('source.bytes', 'destination.bytes'));
      setIfAbsent(doc, 'network.packets', sum('source.packets', 'destination.packets'));
      const lo = own['local_orig'];
      const lr = own['local_resp'];
      if (typeof lo === 'boolean' && typeof lr === 'boolean') {
        setPath(
          doc,
          'network.direction',
          lo ? (lr ? 'internal' : 'outbound') : lr ? 'inbound' : 'external',
        );
      }
      delete own['orig_bytes'];
      delete own['resp_bytes'];
      delete own['tunnel_parents'];
      break;
    }
    case 'dns': {
      setPath(doc, 'event.category', ['network']);
      setPath(doc, 'event.type', ['connection', 'protocol', 'info']);
      setPath(doc, 'network.protocol', 'dns');
      take('proto', 'network.transport');
      for (const flag of ['AA', 'TC', 'RD', 'RA'])
        if (own[flag] === true) appendUnique(doc, 'dns.header_flags', flag);
      const classes: Record<number, string> = {
        1: 'IN',
        3: 'CH',
        4: 'HS',
        254: 'NONE',
        255: 'ANY',
      };
      const qclass = num(own['qclass']);
      if (qclass !== undefined && classes[qclass])
        setPath(doc, 'dns.question.class', classes[qclass] as string);
      setPath(doc, 'dns.type', own['rcode_name'] !== undefined ? 'answer' : 'query');
      const rtt = num(own['rtt']);
      if (rtt !== undefined) setPath(doc, 'event.duration', Math.round(rtt * 1e9));
      const answers = own['answers'];
      const ttls = own['TTLs'];
      if (Array.isArray(answers) && answers.length > 0) {
        const list = answers.map((a, i): Doc => {
          const ttl = Array.isArray(ttls) ? num(ttls[i]) : undefined;
          return ttl !== undefined ? { data: a, ttl: Math.trunc(ttl) } : { data: a };
        });
        setPath(doc, 'dns.answers', list);
        const ips = answers.filter(
          (a): a is string => typeof a === 'string' && /^[\d.]+$|:/.test(a),
        );
        if (ips.length > 0) setPath(doc, 'dns.resolved_ip', ips);
      }
      setPath(doc, 'event.outcome', 'success');
      if (own['trans_id'] !== undefined) setPath(doc, 'dns.id', String(own['trans_id']));
      copy('qtype_name', 'dns.question.type');
      copy('rcode_name', 'dns.response_code');
      const query = own['query'];
      if (typeof query === 'string' && query !== '') {
        setPath(doc, 'dns.question.name', query);
        for (const [k, v] of Object.entries(registeredDomain(query)))
          setPath(doc, `dns.question.${k}`, v);
      }
      for (const k of ['Z', 'auth', 'addl']) delete own[k];
      break;
    }
    case 'http': {
      setPath(doc, 'event.category', ['network', 'web']);
      setPath(doc, 'event.type', ['connection', 'protocol', 'info']);
      setPath(doc, 'network.transport', 'tcp');
      take('method', 'http.request.method');
      take('referrer', 'http.request.referrer');
      take('status_code', 'http.response.status_code');
      take('version', 'http.version');
      take('request_body_len', 'http.request.body.bytes');
      take('response_body_len', 'http.response.body.bytes');
      const uri = own['uri'];
      if (typeof uri === 'string' && uri !== '') {
        setPath(doc, 'url.original', uri);
        const q = uri.indexOf('?');
        setPath(doc, 'url.path', q >= 0 ? uri.slice(0, q) : uri);
        if (q >= 0 && q < uri.length - 1) setPath(doc, 'url.query', uri.slice(q + 1));
        delete own['uri'];
      }
      take('host', 'url.domain');
      take('username', 'url.username');
      take('password', 'url.password');
      take('user_agent', 'user_agent.original');
      setIfAbsent(doc, 'event.action', getPath(doc, 'http.request.method'));
      setIfAbsent(doc, 'user.name', getPath(doc, 'url.username'));
      const status = num(getPath(doc, 'http.response.status_code'));
      if (status !== undefined) setPath(doc, 'event.outcome', status < 400 ? 'success' : 'failure');
      appendUnique(doc, 'related.user', getPath(doc, 'url.username') as string | undefined);
      break;
    }
    case 'ssl': {
      setPath(doc, 'event.category', ['network']);
      setPath(doc, 'event.type', ['connection', 'protocol']);
      setPath(doc, 'network.transport', 'tcp');
      const version = TLS_VERSIONS[String(own['version'])];
      if (version) {
        setPath(doc, 'tls.version_protocol', version[0]);
        setPath(doc, 'tls.version', version[1]);
      }
      copy('cipher', 'tls.cipher');
      copy('curve', 'tls.curve');
      copy('server_name', 'tls.client.server_name');
      copy('server_name', 'destination.domain');
      copy('resumed', 'tls.resumed');
      copy('established', 'tls.established');
      copy('next_protocol', 'tls.next_protocol');
      copy('ja3', 'tls.client.ja3');
      copy('ja3s', 'tls.server.ja3s');
      take('subject', 'tls.server.subject');
      take('issuer', 'tls.server.issuer');
      take('client_subject', 'tls.client.subject');
      take('client_issuer', 'tls.client.issuer');
      break;
    }
    case 'files': {
      setPath(doc, 'event.category', ['file']);
      setPath(doc, 'event.type', ['info']);
      if (own['conn_uids'] !== undefined) {
        own['session_ids'] = own['conn_uids'] as JsonValue;
        delete own['conn_uids'];
      }
      const sessions = own['session_ids'];
      if (Array.isArray(sessions) && typeof sessions[0] === 'string') {
        setIfAbsent(doc, 'zeek.session_id', sessions[0]);
        setIfAbsent(doc, 'event.id', sessions[0]);
      }
      copy('mime_type', 'file.mime_type');
      take('filename', 'file.name');
      take('total_bytes', 'file.size');
      for (const h of ['md5', 'sha1', 'sha256']) {
        copy(h, `file.hash.${h}`);
        appendUnique(doc, 'related.hash', own[h] as string | undefined);
      }
      for (const [list, one, target] of [
        ['tx_hosts', 'tx_host', 'server.ip'],
        ['rx_hosts', 'rx_host', 'client.ip'],
      ] as const) {
        const hosts = own[list];
        if (Array.isArray(hosts)) {
          for (const h of hosts) appendUnique(doc, 'related.ip', h);
          if (hosts[0] !== undefined) {
            own[one] = hosts[0];
            setIfAbsent(doc, target, hosts[0]);
          }
          delete own[list];
        }
      }
      break;
    }
    case 'notice': {
      setPath(doc, 'event.kind', 'alert');
      setPath(doc, 'event.category', ['intrusion_detection']);
      setPath(doc, 'event.type', ['info']);
      for (const [field, target] of [
        ['src', 'source'],
        ['dst', 'destination'],
      ] as const) {
        const v = own[field];
        if (!isBlank(v) && getPath(doc, `${target}.ip`) === undefined) {
          setPath(doc, `${target}.address`, v as JsonValue);
          setPath(doc, `${target}.ip`, v as JsonValue);
          delete own[field];
        }
      }
      if (getPath(doc, 'destination.port') === undefined) take('p', 'destination.port');
      take('proto', 'network.transport');
      copy('note', 'rule.name');
      copy('msg', 'rule.description');
      copy('file_mime_type', 'file.mime_type');
      if (own['dropped'] === true) appendUnique(doc, 'event.type', 'denied');
      if (own['dropped'] === false) appendUnique(doc, 'event.type', 'allowed');
      break;
    }
    default:
      setPath(doc, 'event.category', ['network']);
      take('proto', 'network.transport');
      break;
  }
}
