import { stableHash } from './stableHash.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A Zeek connection uid (`C` and 17 base-62 characters) derived from a record's id. */
export function zeekUid(id: string): string {
  let a = stableHash(id);
  let b = stableHash(id + '#');
  let out = 'C';
  for (let i = 0; i < 17; i++) {
    const src = i < 9 ? a : b;
    out += ALPHABET[src % 62];
    if (i < 9) a = Math.floor(a / 62) ^ Math.imul(a, 31);
    else b = Math.floor(b / 62) ^ Math.imul(b, 17);
    a >>>= 0;
    b >>>= 0;
  }
  return out;
}
