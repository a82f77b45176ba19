/** What the format's patterns mean, in words an author understands, with an example. */
const PATTERNS: Record<string, string> = {
  '^[a-z0-9][a-z0-9-]*$': 'an id of lowercase letters, digits and dashes, such as lateral-movement',
  '^(\\d+(\\.\\d+)?(ms|s|m|h|d))+$': 'a duration such as 90s, 15m, 2h, 3d or 1h30m',
  '^([01]\\d|2[0-3]):[0-5]\\d$': 'a time of day HH:MM such as 08:30',
  '^\\d+(\\.\\d+)?/(m|h|d)$': 'a rate such as 6/h, 2/d or 1/m',
  '^T\\d{4}(\\.\\d{3})?$': 'an ATT&CK technique id such as T1059 or T1059.001',
  '^\\d+\\.\\d+\\.\\d+$': 'a version such as 1.0.0',
  '^[a-z0-9][a-z0-9-]{0,14}$':
    'a NetBIOS-safe host name: up to 15 lowercase letters, digits and dashes, such as ws-fin-01',
  '^[a-z0-9][a-z0-9-]{0,10}$':
    'a host name prefix: up to 11 lowercase letters, digits and dashes, such as ws-fin-',
  '^[a-z][a-z0-9._-]{1,19}$':
    'a username (sAMAccountName): 2 to 20 lowercase letters, digits, dots, dashes or underscores, starting with a letter',
  '^[A-Z][A-Z0-9]{0,14}$': 'a NetBIOS domain name in capitals, such as MOF',
  '^[+-]\\d{2}:\\d{2}$': 'a UTC offset such as +07:00',
  '^[a-zA-Z][a-zA-Z0-9]*$': 'a name of letters and digits starting with a letter, such as c2Domain',
  '^[a-z]{2,3}(-[A-Za-z]{2,4})?$': 'a language tag such as en, ja or zh-Hant',
  '^0x[0-9a-fA-F]+$': 'a hexadecimal access mask such as 0x1010',
};

/** Describes a regular expression of the schema; unknown ones are shown as they are. */
export function describePattern(pattern: string): string {
  if (PATTERNS[pattern] !== undefined) return PATTERNS[pattern];
  if (pattern.startsWith('^((25[0-5]') && pattern.includes('/('))
    return 'a CIDR block such as 10.1.0.0/16';
  if (pattern.startsWith('^((25[0-5]')) return 'an IPv4 address such as 10.1.2.3';
  return `text matching ${pattern}`;
}
