import type { RegistryFacts } from './facts.js';
import type { Obj } from './Obj.js';

/**
 * ECS `registry` as the Sysmon pipeline derives it from `TargetObject` and `Details`: `key`
 * is everything after the hive (value name included), `value` the last path element, and
 * `data` typed from Sysmon's `DWORD (0x…)` form or as a string.
 */
export function registryFields(
  r: RegistryFacts,
  targetObject: string,
  details: string | undefined,
): Obj {
  const lastSep = targetObject.lastIndexOf('\\');
  const out: Obj = {
    path: targetObject,
    hive: r.hive,
    key: targetObject.slice(targetObject.indexOf('\\') + 1),
    value: targetObject.slice(lastSep + 1),
  };
  const d = details;
  if (d !== undefined && d !== '') {
    if (d.startsWith('DWORD (0x') && d.endsWith(')')) {
      out.data = { strings: [String(Number.parseInt(d.slice(9, -1), 16))], type: 'SZ_DWORD' };
    } else if (d === 'Binary Data') {
      out.data = { strings: [d], type: 'REG_BINARY' };
    } else {
      out.data = { strings: [d], type: 'REG_SZ' };
    }
  }
  return out;
}
