import type { EcsEvent } from '@kunren/domain';
import type {
  EventMeta,
  IntegrityLevel,
  ProcessFacts,
  ProcessRef,
  UserFacts,
} from '../telemetry/index.js';
import type { HostModel } from '../model/HostModel.js';
import { makeProcess } from '../model/makeProcess.js';
import type { WorldModel } from '../model/WorldModel.js';
import { hex8, mix32 } from '../rng/hashString.js';
import type { Rng } from '../rng/Rng.js';
import type { RngStreams } from '../rng/RngStreams.js';
import type { WorldState } from '../state/WorldState.js';
import type { EventQueue } from './EventQueue.js';
import type { Job } from './Job.js';
import type { OutputBuffer } from './OutputBuffer.js';
import type { WorldOutput } from './WorldOutput.js';

/** Which Windows event log a record goes to (for `winlog.record_id`). */
export type Channel = 'security' | 'sysmon' | 'none';

/**
 * The simulation's working parts, shared by every handler: the fixed model, the changing
 * state, the random streams, the job queue and the output buffer, with the small helpers
 * all handlers need (schedule, emit, pids, ports, logon ids).
 */
export class Sim {
  constructor(
    readonly model: WorldModel,
    readonly state: WorldState,
    readonly streams: RngStreams,
    readonly queue: EventQueue<Job>,
    readonly out: OutputBuffer,
  ) {}

  /** The named random stream. */
  rng(name: string): Rng {
    return this.streams.get(name);
  }

  /** Schedules a job at sim time `t` (rounded to whole ms, never in the past). */
  schedule(t: number, job: Job): void {
    this.queue.push(Math.max(this.state.now, Math.round(t)), job);
  }

  /** The metadata of the next record: its time, a fresh id and the host's record number. */
  meta(t: number, host: number, channel: Channel): EventMeta {
    const n = ++this.state.events;
    const salt = this.model.teamSalt;
    const id = hex8(mix32(n ^ salt)) + hex8(mix32(Math.imul(n, 0x9e3779b1) ^ ~salt));
    if (channel === 'none' || host < 0) return { simMs: t, startMs: this.model.startMs, id };
    const hs = this.state.hosts[host]!;
    const recordId = channel === 'security' ? ++hs.sec : ++hs.sys;
    return { simMs: t, startMs: this.model.startMs, id, recordId };
  }

  /**
   * Queues a telemetry record for release at `t`. `src` is the host whose activity caused it,
   * `dom`/`dip` the destination of a network record: a containment landing before `t`
   * withdraws records it would have prevented.
   */
  emit(t: number, event: EcsEvent, src: number, dom = '', dip = ''): void {
    const item: WorldOutput = { type: 'event', at: t, event };
    this.out.push(t, item, src, dom, dip);
  }

  /** Queues a non-telemetry output (inject, stage, action result). */
  notify(item: WorldOutput): void {
    this.out.push(item.at, item, -1, '', '');
  }

  /** A fresh pid on a host (Windows pids are multiples of 4). */
  pid(host: number): number {
    const hs = this.state.hosts[host]!;
    const step = 4 * (1 + (mix32(hs.pid ^ this.model.hosts[host]!.seed) % 40));
    hs.pid = hs.pid + step > 65_000 ? 1000 + (hs.pid % 400) * 4 : hs.pid + step;
    return hs.pid;
  }

  /** A fresh logon id (hex) on a host. */
  logonId(host: number): string {
    const hs = this.state.hosts[host]!;
    hs.logons++;
    const base = 0x100000 + (this.model.hosts[host]!.seed % 0x400000);
    return `0x${(base + hs.logons * 0x1d3 + (mix32(hs.logons) & 0xff)).toString(16)}`;
  }

  /** A fresh ephemeral source port on a host. */
  port(host: number): number {
    const hs = this.state.hosts[host];
    if (!hs) return 49152;
    hs.port = hs.port >= 65_000 ? 49_152 + (hs.port % 97) : hs.port + 1 + (hs.port % 7);
    return hs.port;
  }

  /** Whether the host's traffic is cut off (isolated or down being restored) at `t`. */
  cutOff(host: number, t: number): boolean {
    const hs = this.state.hosts[host];
    return hs !== undefined && (hs.isolated || hs.restoringUntil > t);
  }

  /** Builds a new process on a host (no records: the caller emits them). */
  process(
    host: number,
    executable: string,
    commandLine: string,
    user: UserFacts,
    logonId: string,
    parent: ProcessRef | undefined,
    integrity: IntegrityLevel,
    sha256?: string,
    workingDirectory?: string,
  ): ProcessFacts {
    const hm = this.model.hosts[host] as HostModel;
    const hs = this.state.hosts[host]!;
    return makeProcess({
      host: hm,
      pid: this.pid(host),
      serial: ++hs.serial,
      executable,
      commandLine,
      user,
      logonId,
      integrity,
      sessionId: user.sid === 'S-1-5-18' ? 0 : 1,
      ...(parent ? { parent } : {}),
      ...(sha256 !== undefined ? { sha256 } : {}),
      ...(workingDirectory !== undefined ? { workingDirectory } : {}),
    });
  }
}
