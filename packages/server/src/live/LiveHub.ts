/** One live update as delivered: the room's sequence number and the frame. */
export interface LiveEnvelope {
  readonly room: string;
  readonly seq: number;
  readonly frame: unknown;
}

/** A listener of a room. */
export type LiveListener = (envelope: LiveEnvelope) => void;

interface Room {
  seq: number;
  readonly backlog: LiveEnvelope[];
  readonly listeners: Set<LiveListener>;
}

/**
 * Rooms of live updates. Every room numbers its updates from 1 and keeps the last
 * `backlog` of them, so a client reconnecting with the last seq it saw gets what it missed
 * (or is told to reload when the gap is older than the backlog).
 */
export class LiveHub {
  private readonly rooms = new Map<string, Room>();
  private readonly observers = new Set<LiveListener>();

  constructor(private readonly backlog = 1000) {}

  private room(name: string): Room {
    let room = this.rooms.get(name);
    if (!room) {
      room = { seq: 0, backlog: [], listeners: new Set() };
      this.rooms.set(name, room);
    }
    return room;
  }

  /** Publishes `frame` to `room`; returns its sequence number. */
  publish(room: string, frame: unknown): number {
    const r = this.room(room);
    const envelope = { room, seq: ++r.seq, frame };
    r.backlog.push(envelope);
    if (r.backlog.length > this.backlog) r.backlog.shift();
    for (const listener of r.listeners) listener(envelope);
    for (const observer of this.observers) observer(envelope);
    return envelope.seq;
  }

  /** Calls `observer` after every publish to any room (server-side watchers); returns the undo. */
  observe(observer: LiveListener): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /** How many subscribers `room` has now. */
  listenerCount(room: string): number {
    return this.rooms.get(room)?.listeners.size ?? 0;
  }

  /**
   * Subscribes to `room` after `since`: returns the missed updates (or `gap: true` when
   * some are no longer kept) and an unsubscribe function.
   */
  subscribe(
    room: string,
    since: number,
    listener: LiveListener,
  ): { missed: readonly LiveEnvelope[]; gap: boolean; seq: number; unsubscribe: () => void } {
    const r = this.room(room);
    const missed = r.backlog.filter((e) => e.seq > since);
    const oldest = r.backlog[0]?.seq ?? r.seq + 1;
    const gap = since < r.seq && since + 1 < oldest;
    r.listeners.add(listener);
    return { missed, gap, seq: r.seq, unsubscribe: () => r.listeners.delete(listener) };
  }

  /** The last sequence number of `room` (0 when nothing was published). */
  seq(room: string): number {
    return this.rooms.get(room)?.seq ?? 0;
  }
}
