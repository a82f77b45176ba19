import type { JsonValue } from '@kunren/domain';
import type { HostFacts } from './facts.js';
import type { Obj } from './Obj.js';
import { stableHash } from './stableHash.js';

/** What every record of one host shares, computed once per HostFacts object. */
export interface HostParts {
  /** The ECS `host` object (frozen: shared by every record of the host). */
  readonly host: Obj;
  /** `winlog.computer_name`: the FQDN, as Windows writes it in `<Computer>`. */
  readonly computerName: string;
  /** PID of lsass.exe (it writes the Security log) and of the Sysmon service. */
  readonly lsassPid: number;
  readonly sysmonPid: number;
  readonly lsassThread: number;
  readonly sysmonThread: number;
  /** DNS domain of the host (`mofa.go.example`) and its Kerberos realm (upper case). */
  readonly dnsDomain: string;
  readonly realm: string;
}

const cache = new WeakMap<HostFacts, HostParts>();

function deepFreeze<T extends JsonValue>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The ECS `host` object and per-host constants for records of `host`. Cached per facts
 * object: the engine keeps one HostFacts per host, so records share one frozen `host` object.
 */
export function hostFields(host: HostFacts): HostParts {
  const hit = cache.get(host);
  if (hit) return hit;
  const os: Obj = {
    family: host.os.family,
    name: host.os.name,
    platform: host.os.platform,
    type: host.os.type,
    version: host.os.version,
  };
  if (host.os.kernel !== undefined) os.kernel = host.os.kernel;
  const h: Obj = {
    name: host.name,
    hostname: host.name,
    architecture: 'x86_64',
    ip: [host.ip],
    os,
  };
  if (host.id !== undefined) h.id = host.id;
  if (host.mac !== undefined) h.mac = [host.mac];
  const seed = stableHash(host.name);
  const dot = host.fqdn.indexOf('.');
  const dnsDomain = dot < 0 ? '' : host.fqdn.slice(dot + 1);
  const parts: HostParts = {
    host: deepFreeze(h),
    computerName: host.fqdn,
    lsassPid: host.lsassPid ?? 600 + ((seed & 0xff) << 2),
    sysmonPid: 2000 + (((seed >>> 8) & 0x3ff) << 2),
    lsassThread: 700 + (((seed >>> 18) & 0xff) << 2),
    sysmonThread: 3000 + (((seed >>> 4) & 0x3ff) << 2),
    dnsDomain,
    realm: dnsDomain.toUpperCase(),
  };
  cache.set(host, parts);
  return parts;
}
