import type { ExpandedHost } from '@kunren/domain';
import type { HostFacts, ProcessFacts, UserFacts } from '../telemetry/index.js';

/** Long-running system processes of a Windows host, started before the scenario. */
export interface BaseProcesses {
  readonly winlogon: ProcessFacts;
  readonly services: ProcessFacts;
  readonly lsass: ProcessFacts;
  readonly schedule: ProcessFacts;
  readonly dcom: ProcessFacts;
  readonly wmiprvse: ProcessFacts;
}

/** One host of the world, as fixed for the whole run. */
export interface HostModel {
  readonly index: number;
  readonly spec: ExpandedHost;
  readonly name: string;
  readonly facts: HostFacts;
  readonly windows: boolean;
  readonly ipInt: number;
  /** First group of this host's process GUIDs. */
  readonly guidPrefix: string;
  /** A per-host hash for pids, ports and logon ids. */
  readonly seed: number;
  /** The machine account (`WS01$`). */
  readonly machine: UserFacts;
  readonly base: BaseProcesses | undefined;
  readonly server: boolean;
}
