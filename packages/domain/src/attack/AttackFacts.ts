/** One ATT&CK Enterprise tactic, in matrix order. */
export interface AttackTactic {
  /** `TA0001` */
  readonly id: string;
  /** `initial-access`: the name techniques refer to it by. */
  readonly shortname: string;
  /** `Initial Access` */
  readonly name: string;
  /** Position in the matrix, from 0 (reconnaissance) to 13 (impact). */
  readonly order: number;
}

/** What kunren knows about one ATT&CK Enterprise technique or sub-technique. */
export interface AttackTechnique {
  /** `T1003` or `T1003.001` */
  readonly id: string;
  /** Its own name: `LSASS Memory`. */
  readonly name: string;
  /** With the parent's name for sub-techniques: `OS Credential Dumping: LSASS Memory`. */
  readonly fullName: string;
  /** Tactic shortnames, e.g. `['credential-access']`. */
  readonly tactics: readonly string[];
  /** The parent technique id for a sub-technique. */
  readonly parent?: string;
  /** MITRE revoked it (replaced by another technique): do not use it in new content. */
  readonly revoked: boolean;
  /** MITRE deprecated it: do not use it in new content. */
  readonly deprecated: boolean;
  /** `https://attack.mitre.org/techniques/T1003/001` */
  readonly url: string;
}
