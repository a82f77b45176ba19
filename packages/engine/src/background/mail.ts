import { mailGateway, type MailFacts } from '../telemetry/index.js';
import { digest } from '../catalog/imageFacts.js';
import { hashString } from '../rng/hashString.js';
import { publicIpFor } from '../model/ipv4.js';
import { mimeOf } from '../steps/runNetworkSteps.js';
import type { Sim } from '../sim/Sim.js';
import { rateOf, scheduleNext } from './scheduleSessionWork.js';
import { inSession } from './sessionContext.js';

const ATTACHMENTS = ['.pdf', '.docx', '.xlsx', '.pptx'];

/**
 * Mail through the gateway: mostly colleagues and partners writing to the user, some
 * replies going out (to partners with `externalShare` probability).
 */
export function mail(sim: Sim, t: number, u: number, g: number): void {
  const us = sim.state.users[u];
  const um = sim.model.users[u];
  if (!us || !um || us.gen !== g || !inSession(sim, u, t)) return;
  const m = sim.model;
  const bg = m.scenario.background;
  const stream = um.streams.mail;
  const r = sim.rng(stream);
  scheduleNext(sim, t, u, rateOf(bg.mail.rate), { k: 'mail', u, g }, stream);
  const ext = m.scenario.organisation.external;
  const parties = [...ext.partners, ...ext.vendors];
  const external = parties.length > 0 && r.chance(bg.mail.externalShare);
  const colleague = m.users[r.int(m.users.length)]!;
  const party = parties.length > 0 ? r.pick(parties) : undefined;
  const outbound = r.chance(0.35);
  const partyAddress = party
    ? `${r.pick(['info', 'contact', 'secretariat', 'liaison'])}@${party.domain}`
    : '';
  const me = um.facts.email!;
  const other = external ? partyAddress : colleague.facts.email!;
  const subject = r.pick(bg.mail.subjects);
  const attachName = r.chance(0.3)
    ? `${subject.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 24)}${r.pick(ATTACHMENTS)}`
    : '';
  const attachments = attachName
    ? [
        {
          name: attachName,
          sha256: digest(`${attachName}/${r.u32()}`, 64),
          size: 40_000 + r.int(900_000),
          mimeType: mimeOf(attachName),
        },
      ]
    : [];
  const fromDomain = (outbound ? me : other).split('@')[1] ?? '';
  const mailFacts: MailFacts = {
    messageId: `<${r.hex(12)}.${r.hex(6)}@${fromDomain}>`,
    from: outbound ? me : other,
    to: [outbound ? other : me],
    subject: outbound && r.chance(0.5) ? `RE: ${subject}` : subject,
    senderIp:
      outbound || !external
        ? (m.hosts[m.hostByName.get(m.mailGateway.name) ?? -1]?.spec.ip ?? m.mailGateway.ip)
        : (party?.ip ?? publicIpFor(fromDomain, hashString(fromDomain))),
    direction: external ? (outbound ? 'outbound' : 'inbound') : 'internal',
    attachments,
    urls: [],
    verdict: 'delivered',
    reason: 'clean',
    sizeBytes:
      4_000 + r.int(40_000) + attachments.reduce((n, a) => n + Math.round(a.size * 1.37), 0),
  };
  sim.emit(
    t,
    mailGateway(sim.meta(t, -1, 'none'), m.mailGateway, mailFacts),
    outbound ? um.host : -1,
  );
}
