import type { KerberosFacts, UserFacts } from '../telemetry/index.js';

const STATUS = {
  ok: '0x0',
  'bad-password': '0x18',
  'unknown-user': '0x6',
  'account-disabled': '0x12',
  'account-locked': '0x12',
} as const;

/** Kerberos request facts with the usual AES ticket options. */
export function kerberos(
  user: UserFacts,
  serviceName: string,
  clientIp: string,
  clientPort: number,
  status: keyof typeof STATUS,
  serviceSid?: string,
): KerberosFacts {
  return {
    user,
    serviceName,
    ...(serviceSid !== undefined ? { serviceSid } : {}),
    clientIp: `::ffff:${clientIp}`,
    clientPort,
    encryptionType: '0x12',
    ticketOptions: serviceName === 'krbtgt' ? '0x40810010' : '0x40810000',
    status: STATUS[status],
    preAuthType: '2',
  };
}
