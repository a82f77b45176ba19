import type { HashFacts, PeFacts } from '../telemetry/index.js';
import { hashString, hex8 } from '../rng/hashString.js';
import { KNOWN_IMAGES } from './knownImages.js';

/** What every record says about one executable image. */
export interface ImageFacts {
  /** File name, e.g. `powershell.exe`. */
  readonly name: string;
  readonly hashes: HashFacts;
  readonly pe?: PeFacts;
}

const cache = new Map<string, ImageFacts>();

/** Hex digits derived from a name: a stable fake digest of `n` hex characters. */
export function digest(text: string, n: number): string {
  let s = '';
  for (let i = 0; s.length < n; i++) s += hex8(hashString(text, i * 0x9e3779b1));
  return s.slice(0, n);
}

/** The last path component of a Windows or POSIX path. */
export function baseNameOf(path: string): string {
  const i = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
  return i < 0 ? path : path.slice(i + 1);
}

/**
 * Name, hashes and PE facts of an executable: the same image path always has the same
 * hashes (a given SHA-256 overrides them, for adversary files drawn per team).
 */
export function imageFacts(executable: string, sha256?: string): ImageFacts {
  const key = sha256 === undefined ? executable : `${executable}|${sha256}`;
  let f = cache.get(key);
  if (f) return f;
  const name = baseNameOf(executable);
  const seed = sha256 ?? executable.toLowerCase();
  const pe = KNOWN_IMAGES.get(name.toLowerCase());
  f = {
    name,
    hashes: {
      sha256: sha256 ?? digest(seed, 64),
      sha1: digest(`sha1:${seed}`, 40),
      md5: digest(`md5:${seed}`, 32),
      imphash: digest(`imp:${name.toLowerCase()}`, 32),
    },
    ...(pe ? { pe } : {}),
  };
  if (cache.size > 20_000) cache.clear();
  cache.set(key, f);
  return f;
}
