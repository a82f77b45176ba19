/**
 * The ECS validity checker for kunren's telemetry: every field of a record must be an ECS
 * field (or sit under a documented integration namespace, see docs/telemetry.md) and carry
 * a value of the ECS type, in an array exactly where ECS says the field is one.
 * Test helper: engine tests import `validateEcs` from here.
 */
import { ecsField, type EcsFieldInfo } from '@kunren/domain/ecs';

/** One problem with one field of a record. */
export interface EcsProblem {
  /** Dotted field name, e.g. `process.pid`. */
  readonly field: string;
  readonly message: string;
}

/**
 * Top-level keys that are not ECS but the established namespace of the Elastic integration
 * that writes the dataset (`winlog.*` of the Windows integration, `zeek.*`, …). Their
 * content is documented in docs/telemetry.md, not checked here.
 */
export const EXTENSION_NAMESPACES: readonly string[] = [
  'winlog',
  'sysmon',
  'zeek',
  'suricata',
  'fortinet',
  'squid',
  'nginx',
];

/** ECS object fields whose value is an array of objects (`normalize: array`, object/nested). */
const OBJECT_ARRAYS = new Set([
  'dns.answers',
  'email.attachments',
  'threat.enrichments',
  'process.io.bytes_skipped',
  'dll.pe.sections',
  'file.pe.sections',
  'file.elf.sections',
  'file.elf.segments',
  'file.macho.sections',
  'process.pe.sections',
  'process.elf.sections',
  'process.elf.segments',
  'process.macho.sections',
  'process.parent.pe.sections',
  'process.parent.elf.sections',
  'process.parent.elf.segments',
  'process.parent.macho.sections',
]);

/** Values ECS documents for `network.direction` (it lists them as expected values). */
const DIRECTIONS = new Set([
  'ingress',
  'egress',
  'inbound',
  'outbound',
  'internal',
  'external',
  'unknown',
]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 =
  /^[0-9a-fA-F:]+(:(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})?$/;

function isIp(v: string): boolean {
  if (IPV4.test(v)) return true;
  return v.includes(':') && IPV6.test(v) && v.split('::').length <= 2;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

/** The problem with one scalar value of a field of ECS type `info.ecsType`, or null. */
function scalarProblem(info: EcsFieldInfo, v: unknown): string | null {
  switch (info.ecsType) {
    case 'keyword':
    case 'constant_keyword':
    case 'wildcard':
    case 'text':
    case 'match_only_text':
      return typeof v === 'string' ? null : `${info.ecsType} expects a string, got ${describe(v)}`;
    case 'long':
    case 'integer':
    case 'short':
    case 'byte':
    case 'unsigned_long':
      return typeof v === 'number' && Number.isInteger(v)
        ? null
        : `${info.ecsType} expects an integer, got ${describe(v)}`;
    case 'float':
    case 'double':
    case 'half_float':
    case 'scaled_float':
      return typeof v === 'number' && Number.isFinite(v)
        ? null
        : `${info.ecsType} expects a number, got ${describe(v)}`;
    case 'boolean':
      return typeof v === 'boolean' ? null : `boolean expects true/false, got ${describe(v)}`;
    case 'date':
      return typeof v === 'string' && ISO_DATE.test(v)
        ? null
        : `date expects ISO 8601 (2026-03-09T01:02:03.456Z), got ${describe(v)}`;
    case 'ip':
      return typeof v === 'string' && isIp(v)
        ? null
        : `ip expects an IP address, got ${describe(v)}`;
    case 'flattened':
    case 'object':
      return null;
    default:
      return typeof v === 'string' || typeof v === 'number'
        ? null
        : `${info.ecsType} expects a scalar, got ${describe(v)}`;
  }
}

function checkLeaf(path: string, info: EcsFieldInfo, value: unknown, out: EcsProblem[]): void {
  if (Array.isArray(value)) {
    if (!info.array) {
      out.push({ field: path, message: `ECS does not define ${path} as an array; give one value` });
      return;
    }
    for (const v of value) {
      const p = scalarProblem(info, v);
      if (p !== null) out.push({ field: path, message: p });
      else checkAllowed(path, info, v, out);
    }
    return;
  }
  if (info.array) {
    out.push({ field: path, message: `ECS defines ${path} as an array; wrap the value in [ ]` });
  }
  const p = scalarProblem(info, value);
  if (p !== null) out.push({ field: path, message: p });
  else checkAllowed(path, info, value, out);
}

function checkAllowed(path: string, info: EcsFieldInfo, v: unknown, out: EcsProblem[]): void {
  const allowed = info.allowedValues;
  if (allowed && typeof v === 'string' && !allowed.includes(v)) {
    out.push({
      field: path,
      message: `"${v}" is not an allowed value; use one of ${allowed.join(', ')}`,
    });
  }
  if (path === 'network.direction' && typeof v === 'string' && !DIRECTIONS.has(v)) {
    out.push({
      field: path,
      message: `"${v}" is not an ECS direction (${[...DIRECTIONS].join(', ')})`,
    });
  }
}

function walk(prefix: string, obj: Record<string, unknown>, out: EcsProblem[]): void {
  for (const key of Object.keys(obj)) {
    const path = prefix === '' ? key : prefix + '.' + key;
    const value = obj[key];
    if (value === undefined) {
      out.push({ field: path, message: 'undefined value; omit the field instead' });
      continue;
    }
    const info = ecsField(path);
    if (isPlainObject(value)) {
      if (info && info.ecsType !== 'flattened' && info.ecsType !== 'object') {
        out.push({ field: path, message: `${info.ecsType} expects a scalar, got an object` });
        continue;
      }
      if (OBJECT_ARRAYS.has(path)) {
        out.push({
          field: path,
          message: `ECS defines ${path} as an array of objects; wrap it in [ ]`,
        });
      }
      if (!info) walk(path, value, out);
      continue;
    }
    if (Array.isArray(value) && value.some(isPlainObject)) {
      if (!OBJECT_ARRAYS.has(path)) {
        out.push({ field: path, message: `${path} is not an ECS array of objects` });
        continue;
      }
      for (const item of value) {
        if (isPlainObject(item)) walk(path, item, out);
        else out.push({ field: path, message: `expects objects, got ${describe(item)}` });
      }
      continue;
    }
    if (!info) {
      out.push({
        field: path,
        message: `not an ECS field; use the ECS name or put it under an integration namespace (${EXTENSION_NAMESPACES.join(', ')})`,
      });
      continue;
    }
    checkLeaf(path, info, value, out);
  }
}

/**
 * Every problem with `event` as an ECS document: unknown fields outside the extension
 * namespaces, values of the wrong type (long must be an integer, ip a valid address, date
 * ISO 8601, keyword a string, …), arrays where ECS has a single value and the reverse,
 * values outside ECS's allowed lists; plus the record basics kunren relies on
 * (`@timestamp`, `event.id`, `event.dataset`, `event.kind`). Empty when valid.
 */
export function validateEcs(event: unknown): EcsProblem[] {
  const out: EcsProblem[] = [];
  if (!isPlainObject(event))
    return [{ field: '', message: `a record must be an object, got ${describe(event)}` }];
  const top: Record<string, unknown> = {};
  for (const key of Object.keys(event)) {
    if (!EXTENSION_NAMESPACES.includes(key)) top[key] = event[key];
    else if (!isPlainObject(event[key])) {
      out.push({ field: key, message: `the ${key} namespace must be an object` });
    }
  }
  walk('', top, out);
  const ev = isPlainObject(event.event) ? event.event : {};
  if (typeof event['@timestamp'] !== 'string')
    out.push({ field: '@timestamp', message: 'missing' });
  for (const f of ['id', 'dataset', 'kind']) {
    if (typeof ev[f] !== 'string' || ev[f] === '')
      out.push({ field: 'event.' + f, message: 'missing' });
  }
  return out;
}
