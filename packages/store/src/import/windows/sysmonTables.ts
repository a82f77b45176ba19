/** `event.category`, `event.type` and `event.action` per Sysmon event id (Elastic's pipeline). */
export const SYSMON_EVENTS: Readonly<
  Record<
    string,
    {
      readonly category?: readonly string[];
      readonly type: readonly string[];
      readonly action: string;
    }
  >
> = {
  '1': { category: ['process'], type: ['start'], action: 'Process creation' },
  '2': { category: ['file'], type: ['change'], action: 'A process changed a file creation time' },
  '3': {
    category: ['network'],
    type: ['start', 'connection', 'protocol'],
    action: 'Network connection',
  },
  '4': { category: ['process'], type: ['change'], action: 'Sysmon service state changed' },
  '5': { category: ['process'], type: ['end'], action: 'Process terminated' },
  '6': { category: ['driver'], type: ['start'], action: 'Driver loaded' },
  '7': { category: ['process'], type: ['change'], action: 'Image loaded' },
  '8': { category: ['process'], type: ['change'], action: 'CreateRemoteThread' },
  '9': { category: ['process'], type: ['access'], action: 'RawAccessRead' },
  '10': { category: ['process'], type: ['access'], action: 'ProcessAccess' },
  '11': { category: ['file'], type: ['creation'], action: 'FileCreate' },
  '12': {
    category: ['configuration', 'registry'],
    type: ['change'],
    action: 'RegistryEvent (Object create and delete)',
  },
  '13': {
    category: ['configuration', 'registry'],
    type: ['change'],
    action: 'RegistryEvent (Value Set)',
  },
  '14': {
    category: ['configuration', 'registry'],
    type: ['change'],
    action: 'RegistryEvent (Key and Value Rename)',
  },
  '15': { category: ['file'], type: ['access'], action: 'FileCreateStreamHash' },
  '16': { category: ['configuration'], type: ['change'], action: 'ServiceConfigurationChange' },
  '17': { category: ['file'], type: ['creation'], action: 'PipeEvent (Pipe Created)' },
  '18': { category: ['file'], type: ['access'], action: 'PipeEvent (Pipe Connected)' },
  '19': {
    category: ['process'],
    type: ['info'],
    action: 'WmiEvent (WmiEventFilter activity detected)',
  },
  '20': {
    category: ['process'],
    type: ['change'],
    action: 'WmiEvent (WmiEventConsumer activity detected)',
  },
  '21': {
    category: ['process'],
    type: ['access'],
    action: 'WmiEvent (WmiEventConsumerToFilter activity detected)',
  },
  '22': {
    category: ['network'],
    type: ['connection', 'protocol', 'info'],
    action: 'DNSEvent (DNS query)',
  },
  '23': { category: ['file'], type: ['deletion'], action: 'FileDelete (File Delete archived)' },
  '24': { type: ['change'], action: 'ClipboardChange (New content in the clipboard)' },
  '25': {
    category: ['process'],
    type: ['change'],
    action: 'ProcessTampering (Process image change)',
  },
  '26': {
    category: ['file'],
    type: ['deletion'],
    action: 'FileDeleteDetected (File Delete logged)',
  },
};

/** DNS record type names of the numbers in Sysmon's QueryResults. */
export const DNS_TYPES: Readonly<Record<string, string>> = {
  '1': 'A',
  '2': 'NS',
  '5': 'CNAME',
  '6': 'SOA',
  '12': 'PTR',
  '15': 'MX',
  '16': 'TXT',
  '28': 'AAAA',
  '33': 'SRV',
  '65': 'HTTPS',
  '255': 'ANY',
};

/** Registry hive abbreviations (`registry.hive`). */
export const HIVES: Readonly<Record<string, string>> = {
  HKEY_CLASSES_ROOT: 'HKCR',
  HKCR: 'HKCR',
  HKEY_CURRENT_CONFIG: 'HKCC',
  HKCC: 'HKCC',
  HKEY_CURRENT_USER: 'HKCU',
  HKCU: 'HKCU',
  HKEY_DYN_DATA: 'HKDD',
  HKDD: 'HKDD',
  HKEY_LOCAL_MACHINE: 'HKLM',
  HKLM: 'HKLM',
  HKEY_PERFORMANCE_DATA: 'HKPD',
  HKPD: 'HKPD',
  HKEY_USERS: 'HKU',
  HKU: 'HKU',
};

/** The event_data fields Elastic's Sysmon pipeline moves to ECS fields (and removes). */
export function renamedSysmonFields(code: string): readonly string[] {
  const always = [
    'ProcessGuid',
    'ProcessId',
    'Image',
    'SourceProcessGuid',
    'SourceProcessGUID',
    'SourceProcessId',
    'SourceThreadId',
    'SourceImage',
    'CommandLine',
    'CurrentDirectory',
    'ParentProcessGuid',
    'ParentProcessId',
    'ParentImage',
    'ParentCommandLine',
    'TargetFilename',
    'Device',
    'PipeName',
    'ImageLoaded',
    'Protocol',
    'SourceIp',
    'SourceHostname',
    'SourcePort',
    'SourcePortName',
    'DestinationIp',
    'DestinationHostname',
    'DestinationPort',
    'DestinationPortName',
    'QueryName',
    'RuleName',
    'User',
    'Initiated',
    'SourceIsIpv6',
    'DestinationIsIpv6',
    'QueryStatus',
    'QueryResults',
    'UtcTime',
    'Hash',
    'Hashes',
    'OriginalFileName',
  ];
  return ['12', '13', '14'].includes(code) ? [...always, 'TargetObject'] : always;
}
