import type { FileFacts, HashFacts } from '../telemetry/index.js';
import { baseNameOf, digest } from '../catalog/imageFacts.js';

/** File facts for a Windows path, with hashes (given or derived from the path) and size. */
export function fileFacts(path: string, sha256?: string, size?: number): FileFacts {
  const name = baseNameOf(path);
  const dot = name.lastIndexOf('.');
  const seed = sha256 ?? path.toLowerCase();
  const hashes: HashFacts = {
    sha256: sha256 ?? digest(seed, 64),
    sha1: digest(`sha1:${seed}`, 40),
    md5: digest(`md5:${seed}`, 32),
  };
  return {
    path,
    name,
    ...(dot > 0 ? { extension: name.slice(dot + 1).toLowerCase() } : {}),
    directory: path.slice(0, Math.max(0, path.length - name.length - 1)),
    hashes,
    ...(size !== undefined ? { size } : {}),
  };
}
