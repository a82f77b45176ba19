import type { RegistryFacts } from './facts.js';

/** Sysmon's `TargetObject`: hive, key and (for values) value name joined by `\`. */
export function registryTarget(r: RegistryFacts): string {
  const base = r.hive + '\\' + r.key;
  return r.value !== undefined ? base + '\\' + r.value : base;
}
