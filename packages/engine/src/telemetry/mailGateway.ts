import type { EcsEvent } from '@kunren/domain';
import type { DeviceFacts, EventMeta, MailFacts } from './facts.js';
import { hostOfUrl } from './hostOfUrl.js';
import type { Obj } from './Obj.js';
import { timestampOf } from './timestampOf.js';

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * A mail gateway message log (Cisco Secure Email Gateway, `cisco_secure_email_gateway.log`):
 * sender, recipients, subject, attachments with SHA-256, the verdict as `event.action`
 * (`delivered`, `quarantined`, `rejected`) and its reason as `event.reason`. The first link in
 * the body is `url.original`; every link's host is in `related.hosts`.
 */
export function mailGateway(meta: EventMeta, gateway: DeviceFacts, mail: MailFacts): EcsEvent {
  const attachments: Obj[] = [];
  const hashes: string[] = [];
  for (const a of mail.attachments) {
    const dot = a.name.lastIndexOf('.');
    const file: Obj = {
      name: a.name,
      mime_type: a.mimeType,
      size: a.size,
      hash: { sha256: a.sha256 },
    };
    if (dot > 0) file.extension = a.name.slice(dot + 1).toLowerCase();
    attachments.push({ file });
    hashes.push(a.sha256);
  }
  const email: Obj = {
    message_id: mail.messageId,
    direction: mail.direction,
    from: { address: [mail.from] },
    sender: { address: mail.from },
    to: { address: mail.to.slice() },
    subject: mail.subject,
    local_id: meta.id,
  };
  if (attachments.length > 0) email.attachments = attachments;
  const hosts: string[] = [domainOf(mail.from)];
  for (const u of mail.urls) {
    const host = hostOfUrl(u);
    if (!hosts.includes(host)) hosts.push(host);
  }
  const related: Obj = { ip: [mail.senderIp], hosts };
  if (hashes.length > 0) related.hash = hashes;
  const delivered = mail.verdict === 'delivered';
  const ev: EcsEvent = {
    '@timestamp': timestampOf(meta),
    event: {
      id: meta.id,
      kind: 'event',
      module: 'cisco_secure_email_gateway',
      dataset: 'cisco_secure_email_gateway.log',
      category: ['email'],
      type: ['info', delivered ? 'allowed' : 'denied'],
      action: mail.verdict,
      outcome: delivered ? 'success' : 'failure',
    },
    observer: {
      hostname: gateway.name,
      ip: [gateway.ip],
      product: gateway.product,
      vendor: gateway.vendor,
      type: 'mail-gateway',
    },
    source: { ip: mail.senderIp },
    email,
    related,
    network: { protocol: 'smtp', transport: 'tcp', bytes: mail.sizeBytes },
    ecs: { version: '8.11.0' },
  };
  if (mail.reason !== undefined) (ev.event as Obj).reason = mail.reason;
  const first = mail.urls[0];
  if (first !== undefined) ev.url = { original: first };
  return ev;
}
