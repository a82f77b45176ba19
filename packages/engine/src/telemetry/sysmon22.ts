import type { EcsEvent } from '@kunren/domain';
import type { DnsFacts, EventMeta, HostFacts, ProcessFacts } from './facts.js';
import type { Obj } from './Obj.js';
import { registeredDomain } from './registeredDomain.js';
import { sysmonEnvelope, type SysmonKind } from './sysmonEnvelope.js';
import { sysmonProcess } from './sysmonProcess.js';
import { sysmonUser } from './sysmonUser.js';

const KIND: SysmonKind = {
  code: '22',
  action: 'DNSEvent (DNS query)',
  category: ['network'],
  type: ['connection', 'protocol', 'info'],
  version: 5,
};

function status(code: DnsFacts['responseCode']): string {
  switch (code) {
    case 'NOERROR':
      return 'SUCCESS';
    case 'NXDOMAIN':
      return 'DNS_ERROR_RCODE_NAME_ERROR';
    case 'SERVFAIL':
      return 'DNS_ERROR_RCODE_SERVER_FAILURE';
    case 'REFUSED':
      return 'DNS_ERROR_RCODE_REFUSED';
    default: {
      const never: never = code;
      return never;
    }
  }
}

/**
 * Sysmon 22: DNS query by a process. As the pipeline does, CNAME answers come first with
 * their names, then one A/AAAA answer per resolved address; `related.hosts` lists the
 * CNAMEs then the question.
 */
export function sysmon22(
  meta: EventMeta,
  host: HostFacts,
  process: ProcessFacts,
  dns: DnsFacts,
): EcsEvent {
  const ev = sysmonEnvelope(meta, host, KIND, null);
  ev.process = sysmonProcess(process);
  const question: Obj = { name: dns.question };
  const parts = registeredDomain(dns.question);
  if (parts) {
    if (parts.subdomain !== undefined) question.subdomain = parts.subdomain;
    question.registered_domain = parts.registered_domain;
    question.top_level_domain = parts.top_level_domain;
  }
  const answers: Obj[] = [];
  const ips: string[] = [];
  const hosts: string[] = [];
  for (const a of dns.answers) {
    if (a.type === 'A' || a.type === 'AAAA') ips.push(a.data);
    else {
      answers.push({ data: a.data, type: a.type });
      hosts.push(a.data);
    }
  }
  for (const ip of ips) answers.push({ type: ip.includes(':') ? 'AAAA' : 'A', data: ip });
  hosts.push(dns.question);
  const d: Obj = { question };
  if (answers.length > 0) d.answers = answers;
  if (ips.length > 0) d.resolved_ip = ips;
  ev.dns = d;
  ev.network = { protocol: 'dns' };
  ev.sysmon = { dns: { status: status(dns.responseCode) } };
  ev.user = sysmonUser(process.user);
  const related: Obj = { hosts, user: [process.user.name] };
  if (ips.length > 0) related.ip = ips.slice();
  ev.related = related;
  return ev;
}
