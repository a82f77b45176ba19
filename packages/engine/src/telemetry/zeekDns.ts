import type { EcsEvent } from '@kunren/domain';
import { dnsTypeCode } from './dnsTypeCode.js';
import type { DnsFacts, EventMeta } from './facts.js';
import type { Obj } from './Obj.js';
import { registeredDomain } from './registeredDomain.js';
import { timestampOf } from './timestampOf.js';
import { zeekUid } from './zeekUid.js';

function rcode(code: DnsFacts['responseCode']): number {
  return code === 'NOERROR' ? 0 : code === 'SERVFAIL' ? 2 : code === 'NXDOMAIN' ? 3 : 5;
}

/**
 * A DNS lookup as the network sensor logs it (`zeek.dns`): client → resolver, question,
 * answers with TTLs (no types: Zeek does not log them), resolved addresses, header flags.
 * `sensor` is the sensor's host name (`host.name`, as the agent on it reports).
 */
export function zeekDns(meta: EventMeta, sensor: string, dns: DnsFacts): EcsEvent {
  const question: Obj = {
    class: 'IN',
    name: dns.question,
    type: dns.type,
  };
  const parts = registeredDomain(dns.question);
  if (parts) {
    question.registered_domain = parts.registered_domain;
    if (parts.subdomain !== undefined) question.subdomain = parts.subdomain;
    question.top_level_domain = parts.top_level_domain;
  }
  const answers: Obj[] = [];
  const resolved: string[] = [];
  const zAnswers: string[] = [];
  const ttls: number[] = [];
  for (const a of dns.answers) {
    answers.push({ data: a.data, ttl: a.ttl });
    zAnswers.push(a.data);
    ttls.push(a.ttl);
    if (a.type === 'A' || a.type === 'AAAA') resolved.push(a.data);
  }
  const d: Obj = {
    id: String(dns.transactionId),
    type: 'answer',
    question,
    response_code: dns.responseCode,
    header_flags: ['RD', 'RA'],
    resolved_ip: resolved,
  };
  if (answers.length > 0) d.answers = answers;
  const code = rcode(dns.responseCode);
  const uid = zeekUid(meta.id);
  const zdns: Obj = {
    AA: false,
    RA: true,
    RD: true,
    TC: false,
    qclass: 1,
    qclass_name: 'C_INTERNET',
    qtype: dnsTypeCode(dns.type),
    qtype_name: dns.type,
    query: dns.question,
    rcode: code,
    rcode_name: dns.responseCode,
    rejected: false,
    rtt: dns.rttMs / 1000,
    trans_id: String(dns.transactionId),
  };
  if (zAnswers.length > 0) {
    zdns.answers = zAnswers;
    zdns.TTLs = ttls;
  }
  return {
    '@timestamp': timestampOf(meta),
    event: {
      id: meta.id,
      kind: 'event',
      module: 'zeek',
      dataset: 'zeek.dns',
      category: ['network'],
      type: ['connection', 'protocol', 'info'],
      outcome: code === 0 ? 'success' : 'failure',
      duration: dns.rttMs * 1_000_000,
    },
    host: { name: sensor },
    source: { address: dns.clientIp, ip: dns.clientIp, port: dns.clientPort },
    destination: { address: dns.resolverIp, ip: dns.resolverIp, port: 53 },
    network: { transport: 'udp', protocol: 'dns' },
    dns: d,
    related: { ip: [dns.clientIp, dns.resolverIp] },
    zeek: { session_id: uid, dns: zdns },
    ecs: { version: '8.11.0' },
  };
}
