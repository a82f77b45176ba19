/** An outbound HTTP(S) request to render (DNS, Sysmon 3, proxy, firewall, IDS). */
export interface WebRequest {
  readonly domain: string;
  /** Destination address; resolved from the domain when absent. */
  readonly ip?: string;
  readonly port: number;
  readonly scheme: 'http' | 'https';
  readonly method: string;
  readonly path: string;
  readonly query?: string;
  readonly userAgent: string;
  readonly bytesOut: number;
  readonly bytesIn: number;
  readonly status: number;
  readonly mimeType?: string;
  readonly category?: string;
  readonly referrer?: string;
  /** Also a Sysmon 3 record (browsers are usually filtered out of Sysmon 3). */
  readonly sysmon3: boolean;
  /** Resolve the name first (DNS records precede the connection). */
  readonly lookup: boolean;
  readonly durationMs: number;
  /** An IDS signature the traffic trips. */
  readonly ids?: string;
  /** Goes through the web proxy (HTTP/HTTPS); other protocols only cross the firewall. */
  readonly proxied?: boolean;
  /** The account the proxy authenticates. */
  readonly user?: string;
}

/** What became of a request. */
export type WebOutcome = 'ok' | 'denied-domain' | 'denied-ip' | 'cut-off';
