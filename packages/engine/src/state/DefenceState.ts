/** A response action taken by the team and what came of it. */
export interface ActionState {
  seq: number;
  at: number;
  action: string;
  kind: string;
  target: string;
  /** When the effect lands (`at` + execution time). */
  effectAt: number;
  status: 'executing' | 'done' | 'failed';
  result: string;
}

/** One artefact found by evidence collection. */
export interface Artefact {
  kind: 'process' | 'c2-config' | 'persistence' | 'file' | 'staged-archive' | 'logon' | 'none';
  detail: string;
  /** Indicator-like values an analyst would extract (domain, IP, hash, path, pid). */
  values: string[];
}

/** Evidence collected from a host. */
export interface EvidenceState {
  action: number;
  kind: string;
  host: string;
  at: number;
  artefacts: Artefact[];
}

/** Business service availability. */
export interface ServiceState {
  id: string;
  downSince: number;
  downtimeMs: number;
}

/** What the defenders did and changed. */
export interface DefenceState {
  actions: ActionState[];
  blockedIps: string[];
  blockedDomains: string[];
  evidence: EvidenceState[];
  services: ServiceState[];
}
