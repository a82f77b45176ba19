import type { Obj } from './Obj.js';
import { TICKET_OPTIONS } from './kerberosTables.js';

const ENCRYPTION: { readonly [k: string]: string } = {
  '0x1': 'DES-CBC-CRC',
  '0x3': 'DES-CBC-MD5',
  '0x11': 'AES128-CTS-HMAC-SHA1-96',
  '0x12': 'AES256-CTS-HMAC-SHA1-96',
  '0x17': 'RC4-HMAC',
  '0x18': 'RC4-HMAC-EXP',
  '0xffffffff': 'FAIL',
};

const STATUS: { readonly [k: string]: string } = {
  '0x0': 'KDC_ERR_NONE',
  '0x6': 'KDC_ERR_C_PRINCIPAL_UNKNOWN',
  '0x7': 'KDC_ERR_S_PRINCIPAL_UNKNOWN',
  '0x12': 'KDC_ERR_CLIENT_REVOKED',
  '0x17': 'KDC_ERR_KEY_EXPIRED',
  '0x18': 'KDC_ERR_PREAUTH_FAILED',
  '0x19': 'KDC_ERR_PREAUTH_REQUIRED',
  '0x25': 'KRB_AP_ERR_SKEW',
};

const optionCache = new Map<string, readonly string[]>();

/**
 * The descriptions the Security pipeline adds to Kerberos events: ticket option names,
 * encryption type name and status name (cached: a run uses a handful of distinct values).
 */
export function kerberosParts(
  ticketOptions: string,
  encryptionType: string | null,
  status: string,
): Obj {
  let names = optionCache.get(ticketOptions);
  if (names === undefined) {
    const bits = Number.parseInt(ticketOptions, 16);
    names = TICKET_OPTIONS.filter(([flag]) => (bits & flag) >>> 0 === flag).map(([, n]) => n);
    optionCache.set(ticketOptions, names);
  }
  const out: Obj = { TicketOptionsDescription: names.slice() };
  if (encryptionType !== null) {
    const enc = ENCRYPTION[encryptionType.toLowerCase()];
    if (enc !== undefined) out.TicketEncryptionTypeDescription = enc;
  }
  const st = STATUS[status];
  if (st !== undefined) out.StatusDescription = st;
  return out;
}
