/**
 * Byte encodings of the Sigma modifiers `base64`, `base64offset`, `wide`/`utf16le`,
 * `utf16be` and `utf16`. Values travel as "byte strings": one char per byte (0–255).
 */

/** UTF-8 bytes of `text` as a byte string. */
export function utf8Bytes(text: string): string {
  return Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join('');
}

/** UTF-16 little-endian bytes of `text` as a byte string (`cmd` → `c\0m\0d\0`). */
export function utf16le(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += String.fromCharCode(c & 0xff, c >> 8);
  }
  return out;
}

/** UTF-16 big-endian bytes of `text` as a byte string (`cmd` → `\0c\0m\0d`). */
export function utf16be(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += String.fromCharCode(c >> 8, c & 0xff);
  }
  return out;
}

/** UTF-16 with the little-endian byte order mark (FF FE) in front. */
export function utf16bom(text: string): string {
  return '\xff\xfe' + utf16le(text);
}

/** Base64 of a byte string. */
export function base64OfBytes(bytes: string): string {
  return btoa(bytes);
}

const startOffsets = [0, 2, 3] as const;
const endOffsets = [undefined, -3, -2] as const;

/**
 * The three base64 forms of `bytes` at offsets 0, 1 and 2 within a longer encoded text,
 * trimmed to the characters that do not depend on the neighbouring bytes (as pySigma does).
 */
export function base64Offsets(bytes: string): [string, string, string] {
  const variant = (i: 0 | 1 | 2): string => {
    const encoded = base64OfBytes(' '.repeat(i) + bytes);
    const end = endOffsets[(bytes.length + i) % 3];
    return encoded.slice(startOffsets[i], end);
  };
  return [variant(0), variant(1), variant(2)];
}
