import type { JsonValue } from '@kunren/domain';
import { RecordRejected } from '../Rejected.js';

/** One Windows event as exported from an EVTX file, reduced to what ECS mapping needs. */
export interface WinRecord {
  readonly provider?: string;
  readonly providerGuid?: string;
  readonly eventId: string;
  readonly version?: number;
  readonly level?: number;
  readonly opcode?: number;
  readonly keywords?: string;
  readonly timeCreated: string;
  readonly recordId?: string;
  readonly activityId?: string;
  readonly processId?: number;
  readonly threadId?: number;
  readonly channel?: string;
  readonly computer?: string;
  readonly userSid?: string;
  readonly eventData: Record<string, string>;
  readonly userData?: Record<string, string>;
}

type Obj = { [key: string]: JsonValue };

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads `{"Event":{"System":{…},"EventData":{…}}}` as written by the usual EVTX dumpers:
 * evtx_dump (`#attributes` objects, or `X_attributes` siblings with
 * `--separate-json-attributes`) and xmltodict-style converters (`@Name` attributes,
 * `Data: [{"@Name": …, "#text": …}]`). Throws `RecordRejected` naming what is missing.
 */
export function readEvtxRecord(value: unknown): WinRecord {
  const event = isObj(value) && isObj(value['Event']) ? value['Event'] : value;
  if (!isObj(event) || !isObj(event['System'])) {
    throw new RecordRejected('not a Windows event: expected {"Event":{"System":{…}}}');
  }
  const system = event['System'];
  const eventId = text(system, 'EventID');
  if (eventId === undefined || !/^\d+$/.test(eventId)) {
    throw new RecordRejected('Windows event without a numeric System.EventID');
  }
  const timeCreated = attr(system, 'TimeCreated', 'SystemTime');
  if (timeCreated === undefined) {
    throw new RecordRejected('Windows event without System.TimeCreated SystemTime');
  }
  const userData = readUserData(event['UserData']);
  return {
    ...opt('provider', attr(system, 'Provider', 'Name')),
    ...opt('providerGuid', attr(system, 'Provider', 'Guid')),
    eventId,
    ...opt('version', num(text(system, 'Version'))),
    ...opt('level', num(text(system, 'Level'))),
    ...opt('opcode', num(text(system, 'Opcode'))),
    ...opt('keywords', text(system, 'Keywords')),
    timeCreated,
    ...opt('recordId', text(system, 'EventRecordID')),
    ...opt('activityId', attr(system, 'Correlation', 'ActivityID')),
    ...opt('processId', num(attr(system, 'Execution', 'ProcessID'))),
    ...opt('threadId', num(attr(system, 'Execution', 'ThreadID'))),
    ...opt('channel', text(system, 'Channel')),
    ...opt('computer', text(system, 'Computer')),
    ...opt('userSid', attr(system, 'Security', 'UserID')),
    eventData: readEventData(event['EventData']),
    ...(userData ? { userData } : {}),
  };
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function scalar(v: JsonValue | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isObj(v) && v['#text'] !== undefined) return scalar(v['#text']);
  return undefined;
}

/** The text of an element: a scalar, or the `#text` of an element with attributes. */
function text(parent: Obj, name: string): string | undefined {
  return scalar(parent[name]);
}

/** An attribute of an element, in any of the dumpers' spellings. */
function attr(parent: Obj, element: string, name: string): string | undefined {
  const el = parent[element];
  const sibling = parent[`${element}_attributes`];
  if (isObj(el)) {
    const attrs = el['#attributes'];
    if (isObj(attrs) && attrs[name] !== undefined) return scalar(attrs[name]);
    if (el[`@${name}`] !== undefined) return scalar(el[`@${name}`]);
    if (el[name] !== undefined) return scalar(el[name]);
  }
  if (isObj(sibling) && sibling[name] !== undefined) return scalar(sibling[name]);
  return undefined;
}

function readEventData(data: JsonValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObj(data)) return out;
  const items = data['Data'];
  if (items !== undefined && (Array.isArray(items) || isObj(items) || typeof items !== 'object')) {
    const list = Array.isArray(items) ? items : [items];
    let unnamed = 0;
    for (const item of list) {
      const name = isObj(item)
        ? (scalar(item['@Name']) ??
          (isObj(item['#attributes']) ? scalar(item['#attributes']['Name']) : undefined))
        : undefined;
      const value = scalar(item);
      if (name !== undefined) {
        if (value !== undefined) out[name] = value;
      } else if (value !== undefined) {
        out[`param${++unnamed}`] = value;
      }
    }
    if (Object.keys(data).length === 1 || Array.isArray(items)) return out;
  }
  for (const [key, value] of Object.entries(data)) {
    if (
      key === 'Data' ||
      key === '#attributes' ||
      key.startsWith('@') ||
      key.endsWith('_attributes')
    )
      continue;
    const s =
      scalar(value) ??
      (value !== null && typeof value === 'object' ? JSON.stringify(value) : undefined);
    if (s !== undefined) out[key] = s;
  }
  return out;
}

function readUserData(data: JsonValue | undefined): Record<string, string> | undefined {
  if (!isObj(data)) return undefined;
  const inner = Object.entries(data).find(([k, v]) => !k.startsWith('#') && isObj(v));
  const source = inner ? (inner[1] as Obj) : data;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key.startsWith('#') || key.startsWith('@') || key.endsWith('_attributes')) continue;
    const s = scalar(value);
    if (s !== undefined) out[key] = s;
  }
  return out;
}
