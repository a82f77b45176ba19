/** `event.category`, `event.type` and `event.action` per Security event code (Elastic's System integration). */
export const SECURITY_EVENTS: Readonly<
  Record<
    string,
    {
      readonly category: readonly string[];
      readonly type: readonly string[];
      readonly action: string;
    }
  >
> = {
  '1100': { category: ['process'], type: ['end'], action: 'logging-service-shutdown' },
  '1102': { category: ['iam'], type: ['admin', 'change'], action: 'audit-log-cleared' },
  '4624': { category: ['authentication'], type: ['start'], action: 'logged-in' },
  '4625': { category: ['authentication'], type: ['start'], action: 'logon-failed' },
  '4634': { category: ['authentication'], type: ['end'], action: 'logged-out' },
  '4647': { category: ['authentication'], type: ['end'], action: 'logged-out' },
  '4648': { category: ['authentication'], type: ['start'], action: 'logged-in-explicit' },
  '4657': {
    category: ['registry', 'configuration'],
    type: ['change'],
    action: 'registry-value-modified',
  },
  '4672': { category: ['iam'], type: ['admin'], action: 'logged-in-special' },
  '4688': { category: ['process'], type: ['start'], action: 'created-process' },
  '4689': { category: ['process'], type: ['end'], action: 'exited-process' },
  '4697': {
    category: ['iam', 'configuration'],
    type: ['admin', 'change'],
    action: 'service-installed',
  },
  '4698': {
    category: ['iam', 'configuration'],
    type: ['creation', 'admin'],
    action: 'scheduled-task-created',
  },
  '4699': {
    category: ['iam', 'configuration'],
    type: ['deletion', 'admin'],
    action: 'scheduled-task-deleted',
  },
  '4700': {
    category: ['iam', 'configuration'],
    type: ['change', 'admin'],
    action: 'scheduled-task-enabled',
  },
  '4701': {
    category: ['iam', 'configuration'],
    type: ['change', 'admin'],
    action: 'scheduled-task-disabled',
  },
  '4702': {
    category: ['iam', 'configuration'],
    type: ['change', 'admin'],
    action: 'scheduled-task-updated',
  },
  '4719': {
    category: ['iam', 'configuration'],
    type: ['admin', 'change'],
    action: 'changed-audit-config',
  },
  '4720': { category: ['iam'], type: ['user', 'creation'], action: 'added-user-account' },
  '4722': { category: ['iam'], type: ['user', 'change'], action: 'enabled-user-account' },
  '4723': { category: ['iam'], type: ['user', 'change'], action: 'changed-password' },
  '4724': { category: ['iam'], type: ['user', 'change'], action: 'reset-password' },
  '4725': { category: ['iam'], type: ['user', 'deletion'], action: 'disabled-user-account' },
  '4726': { category: ['iam'], type: ['user', 'deletion'], action: 'deleted-user-account' },
  '4727': { category: ['iam'], type: ['group', 'creation'], action: 'added-group-account' },
  '4728': { category: ['iam'], type: ['group', 'change'], action: 'added-member-to-group' },
  '4729': { category: ['iam'], type: ['group', 'change'], action: 'removed-member-from-group' },
  '4732': { category: ['iam'], type: ['group', 'change'], action: 'added-member-to-group' },
  '4733': { category: ['iam'], type: ['group', 'change'], action: 'removed-member-from-group' },
  '4738': { category: ['iam'], type: ['user', 'change'], action: 'modified-user-account' },
  '4740': { category: ['iam'], type: ['user', 'change'], action: 'locked-out-user-account' },
  '4756': { category: ['iam'], type: ['group', 'change'], action: 'added-member-to-group' },
  '4767': { category: ['iam'], type: ['user', 'change'], action: 'unlocked-user-account' },
  '4768': {
    category: ['authentication'],
    type: ['start'],
    action: 'kerberos-authentication-ticket-requested',
  },
  '4769': {
    category: ['authentication'],
    type: ['start'],
    action: 'kerberos-service-ticket-requested',
  },
  '4770': {
    category: ['authentication'],
    type: ['start'],
    action: 'kerberos-service-ticket-renewed',
  },
  '4771': { category: ['authentication'], type: ['start'], action: 'kerberos-preauth-failed' },
  '4776': { category: ['authentication'], type: ['start'], action: 'credential-validated' },
  '4778': {
    category: ['authentication', 'session'],
    type: ['start'],
    action: 'session-reconnected',
  },
  '4779': {
    category: ['authentication', 'session'],
    type: ['end'],
    action: 'session-disconnected',
  },
  '4798': { category: ['iam'], type: ['user', 'info'], action: 'group-membership-enumerated' },
  '4799': { category: ['iam'], type: ['group', 'info'], action: 'user-member-enumerated' },
  '5140': {
    category: ['network', 'file'],
    type: ['info', 'access'],
    action: 'network-share-object-accessed',
  },
  '5145': {
    category: ['network', 'file'],
    type: ['info', 'access'],
    action: 'network-share-object-access-checked',
  },
};

/** `winlog.logon.type` names of `LogonType` numbers. */
export const LOGON_TYPES: Readonly<Record<string, string>> = {
  '2': 'Interactive',
  '3': 'Network',
  '4': 'Batch',
  '5': 'Service',
  '7': 'Unlock',
  '8': 'NetworkCleartext',
  '9': 'NewCredentials',
  '10': 'RemoteInteractive',
  '11': 'CachedInteractive',
};

/** `service.type` names of 4697 `ServiceType` values. */
export const SERVICE_TYPES: Readonly<Record<string, string>> = {
  '0x1': 'Kernel Driver',
  '0x2': 'File System Driver',
  '0x8': 'Recognizer Driver',
  '0x10': 'Win32 Own Process',
  '0x20': 'Win32 Share Process',
  '0x110': 'Interactive Own Process',
  '0x120': 'Interactive Share Process',
};

/** Logon failure `Status`/`SubStatus` descriptions (4625, 4776). */
export const LOGON_FAILURE_STATUS: Readonly<Record<string, string>> = {
  '0xc0000064': 'User logon with misspelled or bad user account',
  '0xc000006a': 'User logon with misspelled or bad password',
  '0xc000006d': 'This is either due to a bad username or authentication information',
  '0xc000006e': 'Unknown user name or bad password.',
  '0xc000006f': 'User logon outside authorized hours',
  '0xc0000070': 'User logon from unauthorized workstation',
  '0xc0000071': 'User logon with expired password',
  '0xc0000072': 'User logon to account disabled by administrator',
  '0xc0000193': 'User logon with expired account',
  '0xc0000224': 'User is required to change password at next logon',
  '0xc0000234': 'User logon with account locked',
  '0x0': 'Status OK.',
};

/** Codes whose user is the Target* account (user.*, or user.target.* when already set). */
export const TARGET_USER_CODES = new Set([
  '4624',
  '4625',
  '4634',
  '4647',
  '4648',
  '4768',
  '4769',
  '4770',
  '4771',
  '4776',
  '4964',
]);

/** Codes whose user is the Subject* account. */
export const SUBJECT_USER_CODES = new Set([
  '4657',
  '4670',
  '4672',
  '4673',
  '4674',
  '4688',
  '4689',
  '4697',
  '4698',
  '4699',
  '4700',
  '4701',
  '4702',
  '4719',
  '4720',
  '4722',
  '4723',
  '4724',
  '4725',
  '4726',
  '4727',
  '4728',
  '4729',
  '4730',
  '4731',
  '4732',
  '4733',
  '4734',
  '4735',
  '4737',
  '4738',
  '4740',
  '4741',
  '4742',
  '4743',
  '4754',
  '4755',
  '4756',
  '4757',
  '4758',
  '4767',
  '4781',
  '4798',
  '4799',
  '4648',
  '5140',
  '5145',
]);

/** Codes whose Target* account is `user.target`. */
export const USER_TARGET_CODES = new Set([
  '4670',
  '4720',
  '4722',
  '4723',
  '4724',
  '4725',
  '4726',
  '4738',
  '4740',
  '4767',
  '4798',
]);

/** Codes whose Target* account is `user.effective`. */
export const USER_EFFECTIVE_CODES = new Set(['4648', '4688']);

/** Group management codes: Target* is the group, MemberName the member. */
export const GROUP_CODES = new Set([
  '4727',
  '4728',
  '4729',
  '4730',
  '4731',
  '4732',
  '4733',
  '4734',
  '4735',
  '4737',
  '4754',
  '4755',
  '4756',
  '4757',
  '4758',
  '4764',
  '4799',
]);

/** Codes whose ProcessId/ProcessName/IpAddress/IpPort/WorkstationName fields are renamed. */
export const AUTH_FIELD_CODES = new Set([
  '1100',
  '1102',
  '4624',
  '4625',
  '4648',
  '4670',
  '4673',
  '4674',
  '4689',
  '4697',
  '4719',
  '4720',
  '4722',
  '4723',
  '4724',
  '4725',
  '4726',
  '4727',
  '4728',
  '4729',
  '4730',
  '4731',
  '4732',
  '4733',
  '4734',
  '4735',
  '4737',
  '4738',
  '4740',
  '4754',
  '4755',
  '4756',
  '4757',
  '4758',
  '4767',
  '4768',
  '4769',
  '4770',
  '4771',
  '4798',
  '4799',
  '5140',
  '5145',
]);
