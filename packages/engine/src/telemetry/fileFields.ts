import type { FileFacts } from './facts.js';
import type { Obj } from './Obj.js';

/** ECS `file` path parts (path, name, directory, extension) as the Sysmon pipeline splits them. */
export function fileFields(file: FileFacts): Obj {
  const out: Obj = { path: file.path, name: file.name, directory: file.directory };
  if (file.extension !== undefined) out.extension = file.extension;
  return out;
}
