import type { ProcessFacts } from '../telemetry/index.js';

/** Where a stage of the campaign is. */
export type StageStatus =
  'pending' | 'skipped' | 'scheduled' | 'waiting' | 'running' | 'done' | 'failed';

/** One stage's progress. */
export interface StageState {
  id: string;
  status: StageStatus;
  /** Host the steps run on, target host and user (indices), once chosen. */
  actor: number;
  host: number;
  user: number;
  /** Every host picked (for `pick` > 1). */
  picked: number[];
  startedAt: number;
  doneAt: number;
  /** Times the stage ran (a re-dump after a password reset runs it again). */
  runs: number;
  /** Times preconditions were found unmet. */
  waits: number;
  /** Why it is waiting or failed. */
  reason: string;
  /** Processes by step ref. */
  refs: Record<string, HostedProcess>;
  last: HostedProcess | null;
}

/** A process and the host it runs on. */
export interface HostedProcess {
  host: number;
  proc: ProcessFacts;
}

/** A live or ended C2 implant checking in. */
export interface BeaconState {
  stage: string;
  host: number;
  user: number;
  process: ProcessFacts;
  /** Indicator name of the C2 it was told to use (fallbacks are followed at each check-in). */
  c2: string;
  every: number;
  jitter: number;
  path: string;
  userAgent: string;
  startedAt: number;
  alive: boolean;
  endedAt: number;
  endReason: string;
  checkins: number;
  denied: number;
  /** The C2 domain last looked up (a new domain is resolved before it is contacted). */
  resolved: string;
}

/** Data being sent out in chunks. */
export interface ExfilState {
  stage: number;
  step: number;
  host: number;
  process: ProcessFacts;
  c2: string;
  chunks: number;
  every: number;
  path: string;
  ids: string;
  sent: number;
  ok: number;
  bytesPerChunk: number;
  /** The C2 domain last looked up. */
  resolved: string;
}

/** Something the adversary gained or placed, with when it was lost. */
export interface Holding {
  host: number;
  at: number;
  stage: string;
  /** When defenders removed it, or -1. */
  removedAt: number;
  removedBy: string;
}

/** A stolen credential. */
export interface CredentialState {
  user: string;
  at: number;
  stage: string;
  valid: boolean;
  invalidatedAt: number;
  reason: string;
}

/** A persistence mechanism. */
export interface PersistenceState extends Holding {
  kind: string;
  artifact: string;
}

/** A dropped implant file. */
export interface MalwareState extends Holding {
  path: string;
  sha256: string;
}

/** Staged data. */
export interface StagedState extends Holding {
  path: string;
  bytes: number;
}

/** A process the adversary ran (for kill-process, triage and truth). */
export interface AdversaryProcess {
  host: number;
  process: ProcessFacts;
  at: number;
  stage: string;
  alive: boolean;
}

/** The campaign's whole state. */
export interface AdversaryState {
  stages: StageState[];
  /** Indicator name → the indicator it falls back to (set by a c2-blocked reaction). */
  c2Alias: Record<string, string>;
  footholds: Holding[];
  credentials: CredentialState[];
  persistence: PersistenceState[];
  malware: MalwareState[];
  staged: StagedState[];
  exfiltratedBytes: number;
  exfiltratedAt: number;
  beacons: BeaconState[];
  exfils: ExfilState[];
  processes: AdversaryProcess[];
  /** Until when the adversary lies low, or -1. */
  quietUntil: number;
  /** Reactions already triggered, as `kind:key`, so each fires once per cause. */
  reacted: string[];
}
