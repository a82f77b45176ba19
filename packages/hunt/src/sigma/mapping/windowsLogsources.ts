/**
 * Windows event log data of the Sigma → ECS mapping (data only).
 *
 * Services are selected by `winlog.channel`, as the Elasticsearch Sigma backend
 * (pySigma-backend-elasticsearch `ecs_windows`) does; the channels come from the Sigma
 * taxonomy appendix. Where kunren's telemetry (and Elastic's Windows integration) has a
 * dataset, the dataset is used instead, so events need no `winlog.channel`.
 */

/** Sigma `service` → Windows event log channel(s). */
export const windowsServiceChannels: readonly (readonly [string, readonly string[]])[] = [
  ['application', ['Application']],
  [
    'application-experience',
    [
      'Microsoft-Windows-Application-Experience/Program-Telemetry',
      'Microsoft-Windows-Application-Experience/Program-Compatibility-Assistant',
    ],
  ],
  [
    'applocker',
    [
      'Microsoft-Windows-AppLocker/MSI and Script',
      'Microsoft-Windows-AppLocker/EXE and DLL',
      'Microsoft-Windows-AppLocker/Packaged app-Deployment',
      'Microsoft-Windows-AppLocker/Packaged app-Execution',
    ],
  ],
  ['appmodel-runtime', ['Microsoft-Windows-AppModel-Runtime/Admin']],
  ['appxdeployment-server', ['Microsoft-Windows-AppXDeploymentServer/Operational']],
  ['appxpackaging-om', ['Microsoft-Windows-AppxPackaging/Operational']],
  ['bitlocker', ['Microsoft-Windows-BitLocker/BitLocker Management']],
  ['bits-client', ['Microsoft-Windows-Bits-Client/Operational']],
  ['capi2', ['Microsoft-Windows-CAPI2/Operational']],
  [
    'certificateservicesclient-lifecycle-system',
    ['Microsoft-Windows-CertificateServicesClient-Lifecycle-System/Operational'],
  ],
  ['codeintegrity-operational', ['Microsoft-Windows-CodeIntegrity/Operational']],
  ['dhcp', ['Microsoft-Windows-DHCP-Server/Operational']],
  ['diagnosis-scripted', ['Microsoft-Windows-Diagnosis-Scripted/Operational']],
  ['dns-client', ['Microsoft-Windows-DNS Client Events/Operational']],
  ['dns-server', ['DNS Server']],
  ['dns-server-analytic', ['Microsoft-Windows-DNS-Server/Analytical']],
  ['dns-server-audit', ['Microsoft-Windows-DNS-Server/Audit']],
  ['driver-framework', ['Microsoft-Windows-DriverFrameworks-UserMode/Operational']],
  ['firewall-as', ['Microsoft-Windows-Windows Firewall With Advanced Security/Firewall']],
  ['hyper-v-worker', ['Microsoft-Windows-Hyper-V-Worker']],
  ['iis-configuration', ['Microsoft-IIS-Configuration/Operational']],
  ['kernel-event-tracing', ['Microsoft-Windows-Kernel-EventTracing']],
  [
    'kernel-shimengine',
    [
      'Microsoft-Windows-Kernel-ShimEngine/Operational',
      'Microsoft-Windows-Kernel-ShimEngine/Diagnostic',
    ],
  ],
  ['ldap', ['Microsoft-Windows-LDAP-Client/Debug']],
  ['ldap_debug', ['Microsoft-Windows-LDAP-Client/Debug']],
  ['lsa-server', ['Microsoft-Windows-LSA/Operational']],
  ['microsoft-servicebus-client', ['Microsoft-ServiceBus-Client']],
  ['msexchange-management', ['MSExchange Management']],
  ['ntfs', ['Microsoft-Windows-Ntfs/Operational']],
  ['ntlm', ['Microsoft-Windows-NTLM/Operational']],
  ['openssh', ['OpenSSH/Operational']],
  ['printservice-admin', ['Microsoft-Windows-PrintService/Admin']],
  ['printservice-operational', ['Microsoft-Windows-PrintService/Operational']],
  [
    'security-mitigations',
    [
      'Microsoft-Windows-Security-Mitigations/Kernel Mode',
      'Microsoft-Windows-Security-Mitigations/User Mode',
    ],
  ],
  ['sense', ['Microsoft-Windows-SENSE/Operational']],
  [
    'servicebus-client',
    ['Microsoft-ServiceBus-Client/Operational', 'Microsoft-ServiceBus-Client/Admin'],
  ],
  ['shell-core', ['Microsoft-Windows-Shell-Core/Operational']],
  ['smbclient-security', ['Microsoft-Windows-SmbClient/Security']],
  ['smbserver-connectivity', ['Microsoft-Windows-SMBServer/Connectivity']],
  ['system', ['System']],
  ['taskscheduler', ['Microsoft-Windows-TaskScheduler/Operational']],
  [
    'terminalservices-localsessionmanager',
    ['Microsoft-Windows-TerminalServices-LocalSessionManager/Operational'],
  ],
  ['vhdmp', ['Microsoft-Windows-VHDMP/Operational']],
  ['windefend', ['Microsoft-Windows-Windows Defender/Operational']],
  ['wmi', ['Microsoft-Windows-WMI-Activity/Operational']],
];

/** Sigma `service` → `event.dataset` of kunren's telemetry (Elastic Windows integration names). */
export const windowsServiceDatasets: readonly (readonly [string, string])[] = [
  ['security', 'windows.security'],
  ['sysmon', 'windows.sysmon_operational'],
  ['powershell', 'windows.powershell_operational'],
  ['powershell-classic', 'windows.powershell'],
];

/**
 * Sigma `category` → the dataset and `event.code`s that carry it. `process_creation` also
 * takes Security 4688 (Elastic's pipeline fills the same process.* fields).
 */
export const windowsCategoryEvents: readonly (readonly [
  string,
  readonly { readonly dataset: string; readonly codes: readonly string[] }[],
])[] = [
  [
    'process_creation',
    [
      { dataset: 'windows.sysmon_operational', codes: ['1'] },
      { dataset: 'windows.security', codes: ['4688'] },
    ],
  ],
  ['file_change', [{ dataset: 'windows.sysmon_operational', codes: ['2'] }]],
  ['network_connection', [{ dataset: 'windows.sysmon_operational', codes: ['3'] }]],
  ['sysmon_status', [{ dataset: 'windows.sysmon_operational', codes: ['4', '16'] }]],
  ['process_termination', [{ dataset: 'windows.sysmon_operational', codes: ['5'] }]],
  ['driver_load', [{ dataset: 'windows.sysmon_operational', codes: ['6'] }]],
  ['image_load', [{ dataset: 'windows.sysmon_operational', codes: ['7'] }]],
  ['create_remote_thread', [{ dataset: 'windows.sysmon_operational', codes: ['8'] }]],
  ['raw_access_thread', [{ dataset: 'windows.sysmon_operational', codes: ['9'] }]],
  ['process_access', [{ dataset: 'windows.sysmon_operational', codes: ['10'] }]],
  ['file_event', [{ dataset: 'windows.sysmon_operational', codes: ['11'] }]],
  ['registry_event', [{ dataset: 'windows.sysmon_operational', codes: ['12', '13', '14'] }]],
  ['registry_add', [{ dataset: 'windows.sysmon_operational', codes: ['12'] }]],
  ['registry_delete', [{ dataset: 'windows.sysmon_operational', codes: ['12'] }]],
  ['registry_set', [{ dataset: 'windows.sysmon_operational', codes: ['13'] }]],
  ['registry_rename', [{ dataset: 'windows.sysmon_operational', codes: ['14'] }]],
  ['create_stream_hash', [{ dataset: 'windows.sysmon_operational', codes: ['15'] }]],
  ['pipe_created', [{ dataset: 'windows.sysmon_operational', codes: ['17', '18'] }]],
  ['wmi_event', [{ dataset: 'windows.sysmon_operational', codes: ['19', '20', '21'] }]],
  ['dns_query', [{ dataset: 'windows.sysmon_operational', codes: ['22'] }]],
  ['file_delete', [{ dataset: 'windows.sysmon_operational', codes: ['23'] }]],
  ['clipboard_capture', [{ dataset: 'windows.sysmon_operational', codes: ['24'] }]],
  ['process_tampering', [{ dataset: 'windows.sysmon_operational', codes: ['25'] }]],
  ['file_delete_detected', [{ dataset: 'windows.sysmon_operational', codes: ['26'] }]],
  ['file_block_executable', [{ dataset: 'windows.sysmon_operational', codes: ['27'] }]],
  ['file_block_shredding', [{ dataset: 'windows.sysmon_operational', codes: ['28'] }]],
  ['file_executable_detected', [{ dataset: 'windows.sysmon_operational', codes: ['29'] }]],
  ['sysmon_error', [{ dataset: 'windows.sysmon_operational', codes: ['255'] }]],
  ['ps_module', [{ dataset: 'windows.powershell_operational', codes: ['4103'] }]],
  ['ps_script', [{ dataset: 'windows.powershell_operational', codes: ['4104'] }]],
  ['ps_classic_start', [{ dataset: 'windows.powershell', codes: ['400'] }]],
  ['ps_classic_provider_start', [{ dataset: 'windows.powershell', codes: ['600'] }]],
  ['ps_classic_script', [{ dataset: 'windows.powershell', codes: ['800'] }]],
];

/** Categories from ETW providers without a channel: selected by `winlog.provider_name`. */
export const windowsCategoryProviders: readonly (readonly [string, string])[] = [
  ['file_access', 'Microsoft-Windows-Kernel-File'],
  ['file_rename', 'Microsoft-Windows-Kernel-File'],
];
