import type { LogonType } from './facts.js';

/** The name the Security pipeline gives a logon type (`winlog.logon.type`). */
export function logonTypeName(type: LogonType): string {
  switch (type) {
    case 2:
      return 'Interactive';
    case 3:
      return 'Network';
    case 4:
      return 'Batch';
    case 5:
      return 'Service';
    case 7:
      return 'Unlock';
    case 10:
      return 'RemoteInteractive';
    case 11:
      return 'CachedInteractive';
    default: {
      const never: never = type;
      return never;
    }
  }
}
