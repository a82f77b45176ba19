/**
 * Sigma field names of network, proxy and web logsources → ECS (data only). Learnt from the
 * Elasticsearch Sigma backend's `ecs_zeek_beats` / `ecs_zeek_corelight` pipelines (its W3C
 * proxy/web names included) and Elastic's Zeek, Apache, Nginx, IIS and Fortinet
 * integrations. A list maps one Sigma field to several ECS fields (any may match).
 */

/** Zeek log fields (all Zeek services). Names not listed become `zeek.<service>.<name>`. */
export const zeekFields: Readonly<Record<string, string | readonly string[]>> = {
  'id.orig_h': 'source.ip',
  'id.orig_p': 'source.port',
  'id.resp_h': 'destination.ip',
  'id.resp_p': 'destination.port',
  dst: 'destination.ip',
  dst_ip: 'destination.ip',
  dst_port: 'destination.port',
  src: 'source.ip',
  src_ip: 'source.ip',
  src_port: 'source.port',
  proto: 'network.transport',
  network_protocol: 'network.transport',
  network_application: 'network.protocol',
  network_community_id: 'network.community_id',
  uid: 'zeek.session_id',
  duration: 'event.duration',
  orig_bytes: 'source.bytes',
  resp_bytes: 'destination.bytes',
  orig_pkts: 'source.packets',
  resp_pkts: 'destination.packets',
  orig_l2_addr: 'source.mac',
  resp_l2_addr: 'destination.mac',
  orig_cc: 'source.geo.country_iso_code',
  resp_cc: 'destination.geo.country_iso_code',
  conn_state: 'zeek.connection.state',
  history: 'zeek.connection.history',
  // http
  method: 'http.request.method',
  http_method: 'http.request.method',
  host: 'url.domain',
  uri: 'url.original',
  referrer: 'http.request.referrer',
  user_agent: 'user_agent.original',
  http_user_agent: 'user_agent.original',
  status_code: 'http.response.status_code',
  request_body_len: 'http.request.body.bytes',
  response_body_len: 'http.response.body.bytes',
  version: 'http.version',
  http_version: 'http.version',
  // dns
  query: 'dns.question.name',
  qtype_name: 'dns.question.type',
  qclass_name: 'dns.question.class',
  rcode_name: 'dns.response_code',
  answers: 'dns.answers.data',
  TTLs: 'dns.answers.ttl',
  trans_id: 'dns.id',
  answer: 'dns.answers.data',
  record_type: 'dns.question.type',
  parent_domain: 'dns.question.registered_domain',
  // W3C names some Zeek rules use
  'c-uri': 'url.original',
  'c-useragent': 'user_agent.original',
  'cs-host': 'url.domain',
  'cs-method': 'http.request.method',
  // files / ssl
  md5: 'file.hash.md5',
  sha1: 'file.hash.sha1',
  sha256: 'file.hash.sha256',
  server_name: 'tls.client.server_name',
  ja3: 'tls.client.ja3',
  ja3s: 'tls.server.ja3s',
  issuer: 'tls.server.issuer',
  subject: 'tls.server.subject',
};

/** Zeek `service` → the `event.dataset` of Elastic's Zeek integration. */
export const zeekDatasets: Readonly<Record<string, readonly string[]>> = {
  conn: ['zeek.connection', 'zeek.conn'],
  dns: ['zeek.dns'],
  http: ['zeek.http'],
  ssl: ['zeek.ssl'],
  files: ['zeek.files'],
  notice: ['zeek.notice'],
  smb_files: ['zeek.smb_files'],
  smb_mapping: ['zeek.smb_mapping'],
  dce_rpc: ['zeek.dce_rpc'],
  kerberos: ['zeek.kerberos'],
  rdp: ['zeek.rdp'],
  x509: ['zeek.x509'],
  ntlm: ['zeek.ntlm'],
  smtp: ['zeek.smtp'],
  ssh: ['zeek.ssh'],
  ftp: ['zeek.ftp'],
  dhcp: ['zeek.dhcp'],
  weird: ['zeek.weird'],
  tunnel: ['zeek.tunnel'],
  software: ['zeek.software'],
  intel: ['zeek.intel'],
};

/** `category: proxy` (W3C extended log names of the Sigma taxonomy). */
export const proxyFields: Readonly<Record<string, string | readonly string[]>> = {
  'c-uri': 'url.original',
  'cs-uri': 'url.original',
  'c-uri-extension': 'url.extension',
  'c-uri-query': 'url.query',
  'c-uri-stem': 'url.path',
  'c-useragent': 'user_agent.original',
  'cs-host': 'url.domain',
  'r-dns': 'url.domain',
  'cs-method': 'http.request.method',
  'cs-referrer': 'http.request.referrer',
  'cs-referer': 'http.request.referrer',
  'cs-version': 'http.version',
  'cs-bytes': 'http.request.bytes',
  'sc-bytes': 'http.response.bytes',
  'sc-status': 'http.response.status_code',
  'cs-username': 'user.name',
  src_ip: 'source.ip',
  'c-ip': 'source.ip',
  dst_ip: 'destination.ip',
  's-ip': 'destination.ip',
};

/** `category: webserver` (W3C / IIS names) and the Apache/Nginx services. */
export const webserverFields: Readonly<Record<string, string | readonly string[]>> = {
  'c-ip': 'source.ip',
  'cs-username': 'user.name',
  's-computername': 'host.name',
  's-ip': 'destination.ip',
  's-port': 'destination.port',
  'cs-method': 'http.request.method',
  'cs-uri-stem': 'url.path',
  'cs-uri-query': 'url.query',
  'cs-uri': 'url.original',
  'c-uri': 'url.original',
  'sc-status': 'http.response.status_code',
  'sc-bytes': 'http.response.body.bytes',
  'cs-bytes': 'http.request.body.bytes',
  'cs-version': 'http.version',
  'cs-host': 'url.domain',
  'cs-user-agent': 'user_agent.original',
  'c-useragent': 'user_agent.original',
  'cs-referer': 'http.request.referrer',
  'cs-referrer': 'http.request.referrer',
  clientip: 'source.ip',
};

/** `category: dns`. */
export const dnsFields: Readonly<Record<string, string | readonly string[]>> = {
  query: 'dns.question.name',
  QueryName: 'dns.question.name',
  record_type: 'dns.question.type',
  answer: 'dns.answers.data',
  answers: 'dns.answers.data',
  response_code: 'dns.response_code',
  rcode: 'dns.response_code',
  src_ip: 'source.ip',
  dst_ip: 'destination.ip',
  parent_domain: 'dns.question.registered_domain',
};

/** `category: firewall` (taxonomy names src_ip, src_port, dst_ip, dst_port, username). */
export const firewallFields: Readonly<Record<string, string | readonly string[]>> = {
  src_ip: 'source.ip',
  src_port: 'source.port',
  dst_ip: 'destination.ip',
  dst_port: 'destination.port',
  username: 'user.name',
  action: 'event.action',
  network_protocol: 'network.transport',
  proto: 'network.transport',
};

/** Fortinet FortiGate logs (Elastic's `fortinet_fortigate` integration). */
export const fortigateFields: Readonly<Record<string, string | readonly string[]>> = {
  action: 'event.action',
  cfgpath: 'fortinet.firewall.cfgpath',
  cfgattr: 'fortinet.firewall.cfgattr',
  cfgobj: 'fortinet.firewall.cfgobj',
  user: 'user.name',
  srcip: 'source.ip',
  dstip: 'destination.ip',
  dstport: 'destination.port',
};

/**
 * Process, file and network events of Linux and macOS (Sysmon-for-Linux / Elastic Defend
 * field names; no fallback: unlisted names are reported).
 */
export const endpointFields: Readonly<Record<string, string | readonly string[]>> = {
  Image: 'process.executable',
  CommandLine: 'process.command_line',
  ParentImage: 'process.parent.executable',
  ParentCommandLine: 'process.parent.command_line',
  CurrentDirectory: 'process.working_directory',
  ProcessId: 'process.pid',
  ParentProcessId: 'process.parent.pid',
  ProcessGuid: 'process.entity_id',
  ParentProcessGuid: 'process.parent.entity_id',
  User: 'user.name',
  LogonId: 'process.user.id',
  TargetFilename: 'file.path',
  DestinationIp: 'destination.ip',
  DestinationPort: 'destination.port',
  DestinationHostname: 'destination.domain',
  SourceIp: 'source.ip',
  SourcePort: 'source.port',
  Initiated: 'network.direction',
  Protocol: 'network.transport',
  md5: 'process.hash.md5',
  sha1: 'process.hash.sha1',
  sha256: 'process.hash.sha256',
};
