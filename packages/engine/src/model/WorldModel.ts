import type { ResponseAction, Scenario } from '@kunren/domain';
import type { DeviceFacts, UserFacts } from '../telemetry/index.js';
import type { OfficeCalendar } from '../time/OfficeCalendar.js';
import type { CompiledTemplate } from '../template/compileTemplate.js';
import type { HostModel } from './HostModel.js';
import type { UserModel } from './UserModel.js';

/**
 * Everything about a world that is fixed once the scenario, seed and team are known: the
 * expanded organisation with its telemetry facts, the devices, this team's indicator values
 * and branch choices, which actors run which routine. Rebuilt (identically) on restore, so
 * snapshots hold only what changes.
 */
export interface WorldModel {
  readonly scenario: Scenario;
  /** `<seed>/<team>`: the root of every random stream. */
  readonly seedText: string;
  readonly seed: number;
  readonly team: string;
  readonly teamSalt: number;
  /** Scenario start, ms since the epoch. */
  readonly startMs: number;
  /** Scenario length in ms. */
  readonly lengthMs: number;
  readonly calendar: OfficeCalendar;
  /** Lunch break as minutes since local midnight. */
  readonly lunchStartMin: number;
  readonly lunchEndMin: number;
  readonly hosts: readonly HostModel[];
  readonly users: readonly UserModel[];
  readonly hostByName: ReadonlyMap<string, number>;
  readonly hostByIp: ReadonlyMap<string, number>;
  readonly userByName: ReadonlyMap<string, number>;
  /** Index of the domain controller (-1 when there is none). */
  readonly dc: number;
  readonly fileServers: readonly number[];
  /** Windows servers admins work on. */
  readonly servers: readonly number[];
  readonly webServer: number;
  readonly firewall: DeviceFacts;
  readonly proxy: DeviceFacts | undefined;
  readonly mailGateway: DeviceFacts;
  /** Name of the network sensor (Zeek, Suricata). */
  readonly sensor: string;
  readonly resolverIp: string;
  readonly internalRanges: readonly (readonly [number, number])[];
  readonly domainSid: string;
  /** This team's indicator values by name. */
  readonly indicators: Readonly<Record<string, string>>;
  /** Domain → address for indicator domains with an `ip` indicator. */
  readonly indicatorIps: ReadonlyMap<string, string>;
  /** Branch group → the stage id drawn for it. */
  readonly branchChoice: ReadonlyMap<string, string>;
  readonly stageIndex: ReadonlyMap<string, number>;
  /** Users running each background routine (by routine index). */
  readonly routineActors: readonly (readonly number[])[];
  /** Office-hours routines each user runs (routine indices, by user index). */
  readonly userRoutines: readonly (readonly number[])[];
  /** Hosts running each scheduled job (by index). */
  readonly scheduledHosts: readonly (readonly number[])[];
  readonly actions: ReadonlyMap<string, ResponseAction>;
  readonly popularDomains: readonly string[];
  /** Compiled form of a template string (cached). */
  tpl(text: string): CompiledTemplate;
  /** The address a public domain resolves to. */
  resolve(domain: string): string;
  /** Facts of an account by username; built for unknown names (accounts the adversary made). */
  account(username: string): UserFacts;
}
