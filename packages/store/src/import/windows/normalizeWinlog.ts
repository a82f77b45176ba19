import { getPath, isBlank, setIfAbsent, setPath, type Doc } from '../docPath.js';
import { securityToEcs } from './securityToEcs.js';
import { sysmonToEcs } from './sysmonToEcs.js';

const DATASETS: Readonly<Record<string, string>> = {
  security: 'windows.security',
  'microsoft-windows-sysmon/operational': 'windows.sysmon_operational',
  'windows powershell': 'windows.powershell',
  'microsoft-windows-powershell/operational': 'windows.powershell_operational',
  'microsoft-windows-windows defender/operational': 'windows.windows_defender',
  forwardedevents: 'windows.forwarded',
  system: 'system.system',
  application: 'system.application',
};

/** The `event.dataset` of a Windows event log channel (`winlog.winlog` for others). */
export function windowsDataset(channel: unknown): string {
  return (typeof channel === 'string' && DATASETS[channel.toLowerCase()]) || 'winlog.winlog';
}

/**
 * Normalises a Winlogbeat / Elastic Agent / EVTX-derived document: `winlog.event_id` and
 * `winlog.record_id` as strings, every `winlog.event_data` value as a string (as the
 * Windows input writes them), `event.code`, `event.provider`, `event.kind`,
 * `event.dataset` and `host.name` from `winlog.*` where missing, then the Security or Sysmon
 * field mapping of Elastic's ingest pipelines. Mutates and returns `doc`.
 */
export function normalizeWinlog(doc: Doc): Doc {
  const eventId = getPath(doc, 'winlog.event_id');
  if (typeof eventId === 'number') setPath(doc, 'winlog.event_id', String(eventId));
  const recordId = getPath(doc, 'winlog.record_id');
  if (typeof recordId === 'number') setPath(doc, 'winlog.record_id', String(recordId));
  const data = getPath(doc, 'winlog.event_data');
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [k, v] of Object.entries(data)) {
      if (v === null) delete (data as Doc)[k];
      else if (typeof v !== 'string')
        (data as Doc)[k] = typeof v === 'object' ? JSON.stringify(v) : String(v);
    }
  }
  if (!isBlank(eventId)) setIfAbsent(doc, 'event.code', String(eventId));
  const code = getPath(doc, 'event.code');
  if (typeof code === 'number') setPath(doc, 'event.code', String(code));
  setIfAbsent(doc, 'event.provider', getPath(doc, 'winlog.provider_name') as string | undefined);
  setIfAbsent(doc, 'host.name', getPath(doc, 'winlog.computer_name') as string | undefined);
  setIfAbsent(doc, 'event.kind', 'event');
  const channel = getPath(doc, 'winlog.channel');
  const provider = String(getPath(doc, 'winlog.provider_name') ?? '');
  setIfAbsent(
    doc,
    'event.dataset',
    (getPath(doc, 'data_stream.dataset') as string | undefined) ?? windowsDataset(channel),
  );
  const dataset = String(getPath(doc, 'event.dataset'));
  setIfAbsent(doc, 'event.module', dataset.split('.')[0]);
  const ch = typeof channel === 'string' ? channel.toLowerCase() : '';
  if (ch === 'security' || provider === 'Microsoft-Windows-Security-Auditing') {
    securityToEcs(doc);
  } else if (
    ch === 'microsoft-windows-sysmon/operational' ||
    provider === 'Microsoft-Windows-Sysmon'
  ) {
    sysmonToEcs(doc);
  }
  return doc;
}
