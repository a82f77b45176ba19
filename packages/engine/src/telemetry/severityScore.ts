import type { Severity } from './facts.js';

/** The numeric `event.severity` Elastic's detection rules use for a severity level. */
export function severityScore(severity: Severity): number {
  switch (severity) {
    case 'low':
      return 21;
    case 'medium':
      return 47;
    case 'high':
      return 73;
    case 'critical':
      return 99;
    default: {
      const never: never = severity;
      return never;
    }
  }
}
