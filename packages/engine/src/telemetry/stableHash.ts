/**
 * A small deterministic 32-bit hash of a string (FNV-1a), for values that must be stable per
 * host but are not worth carrying in the facts (the PID of lsass or of the Sysmon service).
 */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
