import type { HashFacts } from './facts.js';
import type { Obj } from './Obj.js';

/** ECS `*.hash` object (md5, sha1, sha256 as present) from hash facts. */
export function hashFields(h: HashFacts): Obj {
  const out: Obj = {};
  if (h.md5 !== undefined) out.md5 = h.md5;
  if (h.sha1 !== undefined) out.sha1 = h.sha1;
  out.sha256 = h.sha256;
  return out;
}
