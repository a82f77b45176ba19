/**
 * Sigma (Sysmon / Windows event log) field names → ECS, as the Elasticsearch Sigma backend's
 * `ecs_windows` pipeline maps them (Winlogbeat ≥ 7 / Elastic Agent). Data only.
 *
 * Lookup order: a per-category/service entry of {@link windowsVariableFields}, then
 * {@link windowsFields}, then a name that is already dotted (ECS) is kept, and any other
 * name becomes `winlog.event_data.<Name>` — where Winlogbeat keeps event data it does not
 * map.
 */

/** Field → ECS field(s) for every Windows logsource. */
export const windowsFields: Readonly<Record<string, string | readonly string[]>> = {
  EventID: 'event.code',
  Channel: 'winlog.channel',
  Provider_Name: 'winlog.provider_name',
  ComputerName: 'winlog.computer_name',
  FileName: 'file.path',
  ProcessGuid: 'process.entity_id',
  ProcessId: 'process.pid',
  Image: 'process.executable',
  CurrentDirectory: 'process.working_directory',
  ParentProcessGuid: 'process.parent.entity_id',
  ParentProcessId: 'process.parent.pid',
  ParentImage: 'process.parent.executable',
  ParentCommandLine: 'process.parent.command_line',
  TargetFilename: 'file.path',
  SourceIp: 'source.ip',
  SourceHostname: 'source.domain',
  SourcePort: 'source.port',
  DestinationIp: 'destination.ip',
  DestinationHostname: 'destination.domain',
  DestinationPort: 'destination.port',
  DestinationPortName: 'network.protocol',
  ImageLoaded: 'file.path',
  // Elastic's Sysmon pipeline writes `signed` (not ECS); kunren's telemetry the ECS `exists`.
  Signed: ['file.code_signature.signed', 'file.code_signature.exists'],
  SignatureStatus: 'file.code_signature.status',
  Imphash: 'file.pe.imphash',
  SourceProcessGuid: 'process.entity_id',
  SourceProcessId: 'process.pid',
  SourceImage: 'process.executable',
  Device: 'file.path',
  SourceThreadId: 'process.thread.id',
  TargetObject: 'registry.path',
  PipeName: 'file.name',
  Destination: 'process.executable',
  QueryName: 'dns.question.name',
  QueryStatus: 'sysmon.dns.status',
  IsExecutable: 'sysmon.file.is_executable',
  Archived: 'sysmon.file.archived',
  CommandName: 'powershell.command.name',
  CommandPath: 'powershell.command.path',
  CommandType: 'powershell.command.type',
  HostApplication: 'process.command_line',
  HostId: 'process.entity_id',
  HostName: 'process.title',
  NewEngineState: 'powershell.engine.new_state',
  PipelineId: 'powershell.pipeline_id',
  PreviousEngineState: 'powershell.engine.previous_state',
  RunspaceId: 'powershell.runspace_id',
  ScriptName: 'file.path',
  SequenceNumber: 'event.sequence',
  NewProviderState: 'powershell.provider.new_state',
  ProviderName: 'powershell.provider.name',
  MessageNumber: 'powershell.sequence',
  MessageTotal: 'powershell.total',
  ScriptBlockText: 'powershell.file.script_block_text',
  ScriptBlockId: 'powershell.file.script_block_id',
  AccountDomain: 'user.domain',
  AccountName: 'user.name',
  Application: 'process.executable',
  ClientAddress: 'source.ip',
  ClientName: 'source.domain',
  DestAddress: 'destination.ip',
  DestPort: 'destination.port',
  IpAddress: 'source.ip',
  IpPort: 'source.port',
  NewProcessId: 'process.pid',
  NewProcessName: 'process.executable',
  ParentProcessName: 'process.parent.name',
  ProcessName: 'process.executable',
  SourceAddress: 'source.ip',
  TargetDomainName: 'user.domain',
  User: 'user.name',
  WorkstationName: 'source.domain',
  Payload: 'powershell.file.script_block_text',
};

/** A mapping that applies only to rules of one logsource category or service. */
export interface VariableField {
  readonly on: 'category' | 'service';
  readonly value: string;
  readonly to: string;
}

/** Field → mapping that depends on the rule's category/service (checked first). */
export const windowsVariableFields: Readonly<Record<string, readonly VariableField[]>> = {
  FileVersion: [
    { on: 'category', value: 'process_creation', to: 'process.pe.file_version' },
    { on: 'category', value: 'image_load', to: 'file.pe.file_version' },
  ],
  Description: [
    { on: 'category', value: 'process_creation', to: 'process.pe.description' },
    { on: 'category', value: 'image_load', to: 'file.pe.description' },
    { on: 'category', value: 'sysmon_error', to: 'winlog.event_data.Description' },
  ],
  Product: [
    { on: 'category', value: 'process_creation', to: 'process.pe.product' },
    { on: 'category', value: 'image_load', to: 'file.pe.product' },
  ],
  Company: [
    { on: 'category', value: 'process_creation', to: 'process.pe.company' },
    { on: 'category', value: 'image_load', to: 'file.pe.company' },
  ],
  OriginalFileName: [
    { on: 'category', value: 'process_creation', to: 'process.pe.original_file_name' },
    { on: 'category', value: 'image_load', to: 'file.pe.original_file_name' },
  ],
  CommandLine: [
    { on: 'category', value: 'process_creation', to: 'process.command_line' },
    { on: 'service', value: 'security', to: 'process.command_line' },
    { on: 'service', value: 'powershell-classic', to: 'powershell.command.value' },
  ],
  Protocol: [{ on: 'category', value: 'network_connection', to: 'network.transport' }],
  Initiated: [{ on: 'category', value: 'network_connection', to: 'network.direction' }],
  Signature: [
    { on: 'category', value: 'driver_load', to: 'file.code_signature.subject_name' },
    { on: 'category', value: 'image_load', to: 'file.code_signature.subject_name' },
  ],
  EngineVersion: [{ on: 'service', value: 'powershell-classic', to: 'powershell.engine.version' }],
  HostVersion: [
    { on: 'service', value: 'powershell-classic', to: 'powershell.process.executable_version' },
  ],
  SubjectLogonId: [{ on: 'service', value: 'security', to: 'winlog.logon.id' }],
  ServiceName: [{ on: 'service', value: 'security', to: 'service.name' }],
  SubjectDomainName: [{ on: 'service', value: 'security', to: 'user.domain' }],
  SubjectUserName: [{ on: 'service', value: 'security', to: 'user.name' }],
  SubjectUserSid: [{ on: 'service', value: 'security', to: 'user.id' }],
  TargetLogonId: [{ on: 'service', value: 'security', to: 'winlog.logon.id' }],
};

/**
 * Values that change when the field is mapped (kunren addition): Sysmon's `Initiated`
 * true/false becomes ECS `network.direction` egress/ingress, as Elastic's Sysmon pipeline
 * writes it.
 */
export const windowsValueMaps: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'network.direction': { true: 'egress', false: 'ingress' },
};
