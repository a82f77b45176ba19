import {
  security4624,
  security4625,
  security4634,
  security4648,
  security4672,
  security4768,
  security4769,
  security4771,
  type LogonFacts,
  type LogonFailure,
  type ProcessFacts,
  type UserFacts,
} from '../telemetry/index.js';
import type { Sim } from '../sim/Sim.js';
import { emitInternal } from './emitInternal.js';
import { kerberos } from './kerberos.js';

/** A logon from one host to another over the network (SMB type 3, RDP type 10). */
export interface RemoteLogon {
  readonly from: number;
  readonly to: number;
  readonly user: UserFacts;
  readonly admin: boolean;
  readonly type: 3 | 10;
  readonly auth: 'kerberos' | 'ntlm';
  /** The process that used explicit credentials (4648 on the source), if any. */
  readonly explicit: ProcessFacts | null;
  readonly durationMs: number;
  readonly failure?: LogonFailure;
  /** Bytes the session moves (SMB reads, RDP screen). */
  readonly bytesIn?: number;
}

/**
 * Renders a remote logon in causal order: 4648 on the source (explicit credentials),
 * Kerberos 4768/4769 on the DC (or 4771 when pre-authentication fails), the flow, 4624 and
 * 4672 on the target (4625 on failure), and 4634 with the same logon id when it ends.
 * Returns the target's logon id, or undefined when the logon failed or could not happen.
 */
export function emitRemoteLogon(sim: Sim, t: number, l: RemoteLogon): string | undefined {
  const m = sim.model;
  const src = m.hosts[l.from];
  const dst = m.hosts[l.to];
  if (!src || !dst || sim.cutOff(l.from, t) || sim.cutOff(l.to, t)) return undefined;
  let c = t;
  const service = l.type === 10 ? 'TERMSRV' : 'cifs';
  if (l.explicit && src.windows) {
    sim.emit(
      c,
      security4648(
        sim.meta(c, l.from, 'security'),
        src.facts,
        l.explicit,
        l.user,
        dst.facts.fqdn,
        dst.spec.ip,
      ),
      l.from,
    );
    c += 2;
  }
  const dc = m.hosts[m.dc];
  const port = sim.port(l.from);
  if (l.auth === 'kerberos' && dc && !sim.cutOff(m.dc, c)) {
    if (l.failure) {
      sim.emit(
        c,
        security4771(
          sim.meta(c, m.dc, 'security'),
          dc.facts,
          kerberos(l.user, 'krbtgt', src.spec.ip, port, l.failure),
        ),
        l.from,
      );
      c += 3;
    } else {
      if (l.explicit) {
        sim.emit(
          c,
          security4768(
            sim.meta(c, m.dc, 'security'),
            dc.facts,
            kerberos(l.user, 'krbtgt', src.spec.ip, port, 'ok'),
          ),
          l.from,
        );
        c += 2;
      }
      sim.emit(
        c,
        security4769(
          sim.meta(c, m.dc, 'security'),
          dc.facts,
          kerberos(
            l.user,
            `${service}/${dst.facts.fqdn}`,
            src.spec.ip,
            sim.port(l.from),
            'ok',
            dst.machine.sid,
          ),
        ),
        l.from,
      );
      c += 3;
    }
  }
  const logon: LogonFacts = {
    logonId: sim.logonId(l.to),
    type: l.type,
    authPackage: l.auth === 'kerberos' ? 'Kerberos' : 'NTLM',
    logonProcess: l.type === 10 ? 'User32' : l.auth === 'kerberos' ? 'Kerberos' : 'NtLmSsp',
    sourceHost: src.spec.name.toUpperCase(),
    sourceIp: src.spec.ip,
    sourcePort: l.type === 10 ? 0 : port,
    elevated: l.admin,
  };
  const protocol = l.type === 10 ? 'rdp' : 'smb';
  emitInternal(
    sim,
    c,
    l.from,
    null,
    dst.spec.ip,
    l.type === 10 ? 3389 : 445,
    protocol,
    2_000 + Math.round((l.bytesIn ?? 0) / 20),
    4_000 + (l.bytesIn ?? 0),
    l.durationMs,
  );
  c += 4;
  if (!dst.windows) return logon.logonId;
  if (l.failure) {
    sim.emit(
      c,
      security4625(sim.meta(c, l.to, 'security'), dst.facts, l.user, logon, l.failure),
      l.from,
    );
    return undefined;
  }
  sim.emit(c, security4624(sim.meta(c, l.to, 'security'), dst.facts, l.user, logon), l.from);
  if (l.admin)
    sim.emit(c, security4672(sim.meta(c, l.to, 'security'), dst.facts, l.user, logon), l.from);
  const end = c + l.durationMs;
  sim.emit(end, security4634(sim.meta(end, l.to, 'security'), dst.facts, l.user, logon), l.from);
  return logon.logonId;
}
