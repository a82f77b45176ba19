import type { HashFacts } from './facts.js';

/** All hashes of a file for `related.hash`, in the order Sysmon's `Hashes` lists them. */
export function relatedHashes(h: HashFacts): string[] {
  const out: string[] = [];
  if (h.sha1 !== undefined) out.push(h.sha1);
  if (h.md5 !== undefined) out.push(h.md5);
  out.push(h.sha256);
  if (h.imphash !== undefined) out.push(h.imphash);
  return out;
}
