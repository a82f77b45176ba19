/**
 * A 32-bit hash of a string (MurmurHash3's mixing over UTF-16 code units), used to key
 * named random streams and stable per-name values. Same text and seed ⇒ same hash, on
 * every machine.
 */
export function hashString(text: string, seed = 0): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < text.length; i++) {
    let k = Math.imul(text.charCodeAt(i), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  return mix32(h ^ text.length);
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers with good avalanche. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push((i < 16 ? '0' : '') + i.toString(16));

/** An unsigned 32-bit integer as 8 lowercase hex digits. */
export function hex8(x: number): string {
  return (
    (HEX[(x >>> 24) & 255] as string) +
    (HEX[(x >>> 16) & 255] as string) +
    (HEX[(x >>> 8) & 255] as string) +
    (HEX[x & 255] as string)
  );
}
