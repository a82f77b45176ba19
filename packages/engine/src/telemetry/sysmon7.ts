import type { EcsEvent } from '@kunren/domain';
import { fileFields } from './fileFields.js';
import type { EventMeta, FileFacts, HostFacts, ProcessFacts } from './facts.js';
import { hashFields } from './hashFields.js';
import type { Obj } from './Obj.js';
import { relatedHashes } from './relatedHashes.js';
import { sysmonEnvelope, type SysmonKind } from './sysmonEnvelope.js';
import { sysmonProcess } from './sysmonProcess.js';
import { sysmonUser } from './sysmonUser.js';

const KIND: SysmonKind = {
  code: '7',
  action: 'Image loaded',
  category: ['process'],
  type: ['change'],
  version: 3,
};

/** Sysmon 7: image loaded (the DLL `image` into `process`), with its signature. */
export function sysmon7(
  meta: EventMeta,
  host: HostFacts,
  process: ProcessFacts,
  image: FileFacts,
  signed: boolean,
  signature: string,
): EcsEvent {
  const status = signed ? 'Valid' : 'Unavailable';
  const data: Obj = { Signed: signed ? 'true' : 'false', SignatureStatus: status };
  if (signed) data.Signature = signature;
  const ev = sysmonEnvelope(meta, host, KIND, data);
  ev.process = sysmonProcess(process);
  const file = fileFields(image);
  const codeSignature: Obj = { status };
  if (signed) {
    codeSignature.subject_name = signature;
    codeSignature.exists = true;
    codeSignature.valid = true;
  }
  file.code_signature = codeSignature;
  const related: Obj = { user: [process.user.name] };
  if (image.hashes) {
    file.hash = hashFields(image.hashes);
    if (image.hashes.imphash !== undefined) file.pe = { imphash: image.hashes.imphash };
    related.hash = relatedHashes(image.hashes);
  }
  ev.file = file;
  ev.user = sysmonUser(process.user);
  ev.related = related;
  return ev;
}
