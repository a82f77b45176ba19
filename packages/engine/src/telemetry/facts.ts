/**
 * Facts: plain data the engine owns and the telemetry builders render into ECS documents.
 * A fact says what happened (a process started, a logon, a connection); the builders decide
 * how each source that would see it records it. Facts are never mutated by the builders.
 */

/** When and under which id one record is emitted. Built by the caller, one per record. */
export interface EventMeta {
  /** Sim time in ms since the scenario's start. */
  readonly simMs: number;
  /** The scenario's start as ms since the Unix epoch (UTC). */
  readonly startMs: number;
  /** Unique, deterministic `event.id` (per team). */
  readonly id: string;
  /**
   * Windows event log record number (`winlog.record_id`), counted per host and channel by the
   * caller; ignored by non-Windows sources. Omitted from the record when absent.
   */
  readonly recordId?: number;
}

/** ECS `host.os.type` values kunren renders. */
export type OsType = 'windows' | 'linux' | 'unix';

/** An operating system as ECS `host.os` describes it (see `osFacts` for the scenario names). */
export interface OsFacts {
  readonly type: OsType;
  /** ECS family: `windows`, `debian`, `redhat`, `fortios`. */
  readonly family: string;
  /** ECS platform: `windows`, `ubuntu`, `rhel`, `fortios`. */
  readonly platform: string;
  /** Product name: `Windows 10 Enterprise`, `Windows Server 2019 Standard`, `Ubuntu`. */
  readonly name: string;
  /** Version: `10.0` for Windows, `22.04` for Ubuntu. */
  readonly version: string;
  /** Build, e.g. `19045.4529`. */
  readonly build?: string;
  /** Kernel version, e.g. `10.0.19041.4529 (WinBuild.160101.0800)`. */
  readonly kernel?: string;
}

/** A host as its telemetry describes it. */
export interface HostFacts {
  /** Short lower-case host name, e.g. `ws-fin-012` (ECS `host.name`). */
  readonly name: string;
  /** Fully qualified name, e.g. `ws-fin-012.mofa.go.example`. */
  readonly fqdn: string;
  /** IPv4 address. */
  readonly ip: string;
  /** MAC address `AA-BB-CC-DD-EE-FF` (ECS form). */
  readonly mac?: string;
  /** Stable machine id (a GUID without braces) for `host.id`. */
  readonly id?: string;
  readonly os: OsFacts;
  /** Windows (NetBIOS) domain, upper case, e.g. `MOFA`. */
  readonly domain: string;
  /**
   * PID of lsass.exe, which writes the Security log (`winlog.process.pid`) and is what
   * credential dumping opens (Sysmon 10). Derived from the name when absent; see
   * `hostServicePids`: give the engine's lsass process the same PID.
   */
  readonly lsassPid?: number;
}

/** An account. */
export interface UserFacts {
  /** sAMAccountName, e.g. `tanaka.k`; machine accounts end in `$`. */
  readonly name: string;
  /** NetBIOS domain (`MOFA`) or, for built-in accounts, `NT AUTHORITY`. */
  readonly domain: string;
  /** Security identifier, e.g. `S-1-5-21-…-1104`. */
  readonly sid: string;
  readonly fullName?: string;
  readonly email?: string;
}

/** Windows mandatory integrity level of a process. */
export type IntegrityLevel = 'Low' | 'Medium' | 'High' | 'System';

/** File hashes; SHA-256 always, the others when the source records them. */
export interface HashFacts {
  readonly sha256: string;
  readonly sha1?: string;
  readonly md5?: string;
  readonly imphash?: string;
}

/** What a record needs to name a process it mentions (a parent, a source, a target). */
export interface ProcessRef {
  readonly pid: number;
  /** Sysmon ProcessGuid style: `{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}`. */
  readonly entityId: string;
  /** Full path, e.g. `C:\Windows\System32\cmd.exe`. */
  readonly executable: string;
  /** File name, e.g. `cmd.exe`. */
  readonly name: string;
  readonly commandLine: string;
  readonly args?: readonly string[];
  /** The account it runs as, when known (Sysmon `ParentUser`, `SourceUser`, `TargetUser`). */
  readonly user?: UserFacts;
}

/** PE header facts Sysmon reports for an image. */
export interface PeFacts {
  readonly originalFileName?: string;
  readonly description?: string;
  readonly product?: string;
  readonly company?: string;
  readonly fileVersion?: string;
}

/** A running process. A full ProcessFacts is also a ProcessRef (pass it as a parent). */
export interface ProcessFacts extends ProcessRef {
  readonly args: readonly string[];
  readonly workingDirectory: string;
  readonly hashes: HashFacts;
  readonly integrity: IntegrityLevel;
  readonly user: UserFacts;
  /** Logon id of the session it runs in, hex: `0x3e7`, `0x1a2b3c`. */
  readonly logonId: string;
  /** Logon GUID (Sysmon `LogonGuid`), braces included. */
  readonly logonGuid?: string;
  /** Terminal session id. */
  readonly sessionId?: number;
  readonly parent?: ProcessRef;
  readonly pe?: PeFacts;
}

/** Windows logon types kunren renders. */
export type LogonType = 2 | 3 | 4 | 5 | 7 | 10 | 11;

/** A logon session on a host (4624/4625/4634/4672). */
export interface LogonFacts {
  /** Logon id on the target host, hex: `0x5a3f21`. */
  readonly logonId: string;
  readonly type: LogonType;
  /** `Kerberos`, `NTLM` or `Negotiate`. */
  readonly authPackage: 'Kerberos' | 'NTLM' | 'Negotiate';
  /** Logon process: `User32`, `Kerberos`, `NtLmSsp`, `Advapi`. */
  readonly logonProcess: string;
  /** Name of the machine the logon came from (`WorkstationName`). */
  readonly sourceHost?: string;
  readonly sourceIp?: string;
  readonly sourcePort?: number;
  /** The token is elevated (admin). */
  readonly elevated: boolean;
  /** Logon GUID, braces included (Kerberos logons). */
  readonly logonGuid?: string;
  /** The process that performed the logon (winlogon.exe for type 2, none for type 3). */
  readonly process?: { readonly pid: number; readonly executable: string };
}

/** Why a logon failed (4625 `Status`/`SubStatus`, 4771 `Status`). */
export type LogonFailure = 'bad-password' | 'unknown-user' | 'account-disabled' | 'account-locked';

/** Transport of a connection. */
export type Transport = 'tcp' | 'udp' | 'icmp';

/** Direction of a connection relative to the organisation. */
export type Direction = 'inbound' | 'outbound' | 'internal' | 'external';

/** A network connection (Sysmon 3, firewall, flows, IDS). */
export interface ConnectionFacts {
  readonly sourceIp: string;
  readonly sourcePort: number;
  readonly destinationIp: string;
  readonly destinationPort: number;
  readonly transport: Transport;
  /** Application protocol as ECS `network.protocol` spells it: `http`, `tls`, `dns`, `smb`, … */
  readonly protocol: string;
  /** The domain the client resolved to reach the destination, if any. */
  readonly domain?: string;
  readonly bytesOut: number;
  readonly bytesIn: number;
  readonly packetsOut: number;
  readonly packetsIn: number;
  readonly direction: Direction;
  /** Length of the session in ms. */
  readonly durationMs: number;
  /** What the enforcing device did. */
  readonly action: 'allowed' | 'denied';
  /** Which rule/policy decided (`block-c2`, `allow-web`), when a device decided. */
  readonly rule?: string;
  /** Organisation-side NAT address for outbound traffic, if translated. */
  readonly natIp?: string;
  readonly natPort?: number;
  /** Community ID flow hash (`1:…=`), when computed by the caller. */
  readonly communityId?: string;
}

/** Where a firewall sits and what it is. */
export interface DeviceFacts {
  /** Host name of the device, e.g. `fw01`. */
  readonly name: string;
  readonly ip: string;
  /** Product, e.g. `FortiGate-100F`; vendor, e.g. `Fortinet`. */
  readonly product: string;
  readonly vendor: string;
  readonly serial?: string;
  readonly version?: string;
}

/** DNS record types kunren renders. */
export type DnsType = 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'PTR' | 'SRV';

/** A DNS lookup and its answer. */
export interface DnsFacts {
  readonly question: string;
  readonly type: DnsType;
  /** Answers in order (`data` is an IP for A records, a name for CNAME). */
  readonly answers: readonly {
    readonly type: DnsType;
    readonly data: string;
    readonly ttl: number;
  }[];
  /** `NOERROR`, `NXDOMAIN`, `SERVFAIL`, `REFUSED`. */
  readonly responseCode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED';
  /** Transaction id (16 bit). */
  readonly transactionId: number;
  readonly clientIp: string;
  readonly clientPort: number;
  /** The resolver that answered. */
  readonly resolverIp: string;
  /** Round-trip time in ms. */
  readonly rttMs: number;
}

/** An HTTP(S) request seen by the proxy or a web server. */
export interface HttpFacts {
  readonly method: string;
  /** Full URL, e.g. `https://cdn.example.com/a/b.js?x=1`. */
  readonly url: string;
  readonly scheme: 'http' | 'https';
  readonly domain: string;
  readonly port: number;
  readonly path: string;
  readonly query?: string;
  readonly status: number;
  readonly userAgent: string;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly mimeType?: string;
  readonly referrer?: string;
  /** Proxy URL category, e.g. `Business and Economy`, `Newly Registered Domain`. */
  readonly category?: string;
  readonly action: 'allowed' | 'denied';
  readonly clientIp: string;
  readonly clientPort: number;
  readonly serverIp: string;
  /** Account the proxy authenticated, when it does. */
  readonly user?: string;
  readonly durationMs: number;
}

/** Verdicts of the mail gateway. */
export type MailVerdict = 'delivered' | 'quarantined' | 'rejected';

/** One mail passing the gateway. */
export interface MailFacts {
  readonly messageId: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly senderIp: string;
  readonly direction: 'inbound' | 'outbound' | 'internal';
  readonly attachments: readonly {
    readonly name: string;
    readonly sha256: string;
    readonly size: number;
    readonly mimeType: string;
  }[];
  readonly urls: readonly string[];
  readonly verdict: MailVerdict;
  /** Spam/threat verdict detail, e.g. `clean`, `suspicious-macro`. */
  readonly reason?: string;
  readonly sizeBytes: number;
}

/** A file operation (Sysmon 11, EDR). */
export interface FileFacts {
  /** Full path, e.g. `C:\Users\tanaka.k\AppData\Local\Temp\inv.lnk`. */
  readonly path: string;
  readonly name: string;
  readonly extension?: string;
  readonly directory: string;
  readonly hashes?: HashFacts;
  readonly size?: number;
}

/** A registry operation (Sysmon 12/13). */
export interface RegistryFacts {
  /** Hive abbreviation as Sysmon writes it: `HKLM`, `HKU`, `HKCR`. */
  readonly hive: 'HKLM' | 'HKU' | 'HKCR' | 'HKCU';
  /** Key below the hive, e.g. `SOFTWARE\Microsoft\Windows\CurrentVersion\Run`. */
  readonly key: string;
  /** Value name (Sysmon 13) — absent for key-level events. */
  readonly value?: string;
  /** Written data as Sysmon prints it (`DWORD (0x00000001)` or a string). */
  readonly data?: string;
  /** Sysmon 12 event type. */
  readonly action: 'CreateKey' | 'DeleteKey' | 'SetValue';
}

/** Severity of an alert. */
export type Severity = 'low' | 'medium' | 'high' | 'critical';

/** An EDR (Elastic Defend-like) alert on a host. */
export interface EdrAlertFacts {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly severity: Severity;
  /** 0–100. */
  readonly riskScore: number;
  /** ATT&CK technique id, e.g. `T1003.001`, with names for tactic and technique. */
  readonly technique: {
    readonly id: string;
    readonly name: string;
    readonly tacticId: string;
    readonly tacticName: string;
  };
  readonly process: ProcessFacts;
  readonly file?: FileFacts;
  /** What the EDR did: `detected` (alert only) or `prevented`. */
  readonly action: 'detected' | 'prevented';
}

/** An IDS (Suricata-like) alert on traffic. */
export interface IdsAlertFacts {
  readonly signatureId: number;
  readonly signature: string;
  /** Suricata category, e.g. `A Network Trojan was detected`. */
  readonly category: string;
  /** Suricata severity: 1 high, 2 medium, 3 low. */
  readonly severity: 1 | 2 | 3;
  readonly connection: ConnectionFacts;
  /** HTTP or TLS context when the alert is on such traffic. */
  readonly http?: HttpFacts;
  readonly tlsSni?: string;
  /** Sensor host name. */
  readonly sensor: string;
  readonly flowId: number;
  readonly action: 'allowed' | 'blocked';
}

/** A Windows service installed (4697). */
export interface ServiceFacts {
  readonly name: string;
  /** `ImagePath` of the service. */
  readonly fileName: string;
  /** `0x10` own process, `0x20` shared. */
  readonly type: string;
  /** `2` auto, `3` demand. */
  readonly startType: string;
  readonly account: string;
}

/** A scheduled task registered (4698). */
export interface ScheduledTaskFacts {
  /** Task path, e.g. `\Microsoft\Windows\Update\OneDriveSync`. */
  readonly name: string;
  /** Command it runs and its arguments. */
  readonly command: string;
  readonly arguments?: string;
  readonly author: string;
}

/** A security group a member was added to (4728 global, 4732 local). */
export interface GroupFacts {
  readonly name: string;
  readonly domain: string;
  readonly sid: string;
}

/** A Kerberos ticket request on a domain controller (4768, 4769, 4771). */
export interface KerberosFacts {
  readonly user: UserFacts;
  /** Service name: `krbtgt` for 4768, `cifs/fs01.mofa.go.example` or `fs01$` for 4769. */
  readonly serviceName: string;
  readonly serviceSid?: string;
  readonly clientIp: string;
  readonly clientPort: number;
  /** `0x12` AES256, `0x17` RC4 (Kerberoasting). */
  readonly encryptionType: string;
  /** Ticket options, e.g. `0x40810010`. */
  readonly ticketOptions: string;
  /** `0x0` success; `0x18` bad password; `0x6` unknown user; `0x12` revoked/disabled. */
  readonly status: string;
  /** `2` encrypted timestamp (4768, 4771). */
  readonly preAuthType?: string;
}
