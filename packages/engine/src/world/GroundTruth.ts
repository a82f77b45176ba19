/** One stage as it really went. Times are sim ms; null when it has not happened. */
export interface StageTruth {
  readonly id: string;
  readonly technique: string;
  readonly status: string;
  readonly startedAt: number | null;
  readonly doneAt: number | null;
  readonly runs: number;
  /** Target host and user, and the host the steps ran on. */
  readonly host: string | null;
  readonly user: string | null;
  readonly actor: string | null;
  /** Why it waits or failed. */
  readonly reason: string;
}

/** Something the adversary held, with when defenders took it away. */
export interface HoldingTruth {
  readonly host: string;
  readonly at: number;
  readonly stage: string;
  readonly live: boolean;
  readonly removedAt: number | null;
  readonly removedBy: string | null;
}

/**
 * The attacker's ground truth at `now`, for instructors, scoring and the after-action
 * review. Never shown to trainees.
 */
export interface GroundTruth {
  readonly now: number;
  readonly stages: readonly StageTruth[];
  readonly footholds: readonly HoldingTruth[];
  readonly credentials: readonly {
    readonly user: string;
    readonly at: number;
    readonly stage: string;
    readonly valid: boolean;
    readonly invalidatedAt: number | null;
    readonly reason: string;
  }[];
  readonly persistence: readonly (HoldingTruth & {
    readonly kind: string;
    readonly artifact: string;
  })[];
  readonly malware: readonly (HoldingTruth & { readonly path: string; readonly sha256: string })[];
  readonly staged: readonly (HoldingTruth & { readonly path: string; readonly bytes: number })[];
  readonly exfiltrated: { readonly bytes: number; readonly at: number | null };
  /** Each C2 indicator the campaign uses and what it resolves to now. */
  readonly c2: readonly {
    readonly indicator: string;
    readonly inUse: string;
    readonly domain: string;
    readonly ip: string;
  }[];
  readonly beacons: readonly {
    readonly host: string;
    readonly pid: number;
    readonly image: string;
    readonly domain: string;
    readonly alive: boolean;
    readonly startedAt: number;
    readonly endedAt: number | null;
    readonly endReason: string;
    readonly checkins: number;
  }[];
  /** Until when the adversary lies low, or null. */
  readonly quietUntil: number | null;
  readonly indicators: Readonly<Record<string, string>>;
  /** When the first foothold was gained, or null. */
  readonly firstCompromiseAt: number | null;
  /** No live implant, foothold or working credential left. */
  readonly contained: boolean;
}
