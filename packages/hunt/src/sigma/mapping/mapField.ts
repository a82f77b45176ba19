import { ecsField } from '@kunren/domain/ecs';
import type { SigmaLogsource } from '../SigmaRule.js';
import type { FieldTableName } from './logsourceTable.js';
import {
  dnsFields,
  endpointFields,
  firewallFields,
  fortigateFields,
  proxyFields,
  webserverFields,
  zeekFields,
} from './networkFields.js';
import { windowsFields, windowsValueMaps, windowsVariableFields } from './windowsFields.js';

/** The ECS field(s) a Sigma field stands for, and value translations on the way. */
export interface MappedField {
  readonly fields: readonly string[];
  /** Written value (lower-cased) → stored value, for fields whose values ECS spells otherwise. */
  readonly values?: Readonly<Record<string, string>>;
}

const tables: Readonly<
  Record<
    Exclude<FieldTableName, 'windows' | 'ecs-only'>,
    Readonly<Record<string, string | readonly string[]>>
  >
> = {
  zeek: zeekFields,
  proxy: proxyFields,
  webserver: webserverFields,
  dns: dnsFields,
  firewall: firewallFields,
  fortigate: fortigateFields,
  endpoint: endpointFields,
};

/**
 * Translates a Sigma field name to ECS through the logsource's field table; undefined when
 * the table has no translation and the name is not an ECS field itself.
 */
export function mapField(
  name: string,
  table: FieldTableName,
  logsource: SigmaLogsource,
): MappedField | undefined {
  switch (table) {
    case 'windows': {
      const variable = windowsVariableFields[name]?.find(
        (v) => (v.on === 'category' ? logsource.category : logsource.service) === v.value,
      );
      const to = variable?.to ?? windowsFields[name];
      if (typeof to === 'string') return withValues(to);
      if (to !== undefined) return { fields: to };
      if (name.includes('.')) return { fields: [name] };
      return { fields: [`winlog.event_data.${name}`] };
    }
    case 'zeek': {
      const to = zeekFields[name];
      if (to !== undefined) return { fields: typeof to === 'string' ? [to] : to };
      if (ecsField(name)) return { fields: [name] };
      return { fields: [`zeek.${logsource.service ?? 'connection'}.${name}`] };
    }
    case 'ecs-only':
      return ecsField(name) ? { fields: [name] } : undefined;
    case 'proxy':
    case 'webserver':
    case 'dns':
    case 'firewall':
    case 'fortigate':
    case 'endpoint': {
      const to = tables[table][name];
      if (to !== undefined) return { fields: typeof to === 'string' ? [to] : to };
      return ecsField(name) ? { fields: [name] } : undefined;
    }
    default: {
      const never: never = table;
      return never;
    }
  }
}

function withValues(field: string): MappedField {
  const values = windowsValueMaps[field];
  return values ? { fields: [field], values } : { fields: [field] };
}
