import type { LiveFrame } from '../api/types.js';

/** The connection as the user sees it. */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'offline';

/** What the socket needs from a WebSocket implementation (the browser's, or `ws` in tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}

/** Options of a {@link LiveSocket}. */
export interface LiveSocketOptions {
  /** Opens a socket (default: the browser's WebSocket). */
  readonly open?: (url: string) => SocketLike;
  /** Delay before reconnect attempt `n` (1-based), ms: default 0.5 s doubling to 15 s. */
  readonly backoff?: (attempt: number) => number;
  /** Interval of keep-alive pings, ms; a missing pong by the next ping reconnects. */
  readonly pingEvery?: number;
  /** Called on every change of the connection state. */
  readonly onState?: (state: ConnectionState) => void;
  /** Called when a room's missed updates are lost: reload its state over HTTP. */
  readonly onResync?: (room: string) => void;
  /**
   * Connect at construction (default true). A React component passes false and calls
   * {@link LiveSocket.open} in an effect whose cleanup calls {@link LiveSocket.close}: that
   * pair may run twice (StrictMode), and a socket opened in render would be leaked.
   */
  readonly connect?: boolean;
}

type Handler = (frame: LiveFrame) => void;

interface Room {
  /** Last seq delivered; undefined until the first `subscribed`. */
  seq: number | undefined;
  readonly handlers: Set<Handler>;
}

/** Default reconnect delay: 0.5 s, 1 s, 2 s … capped at 15 s. */
export function defaultBackoff(attempt: number): number {
  return Math.min(15_000, 500 * 2 ** Math.max(0, attempt - 1));
}

/**
 * The live-update connection: subscribes to rooms, delivers each update once and in
 * order, reconnects with backoff after a drop and resubscribes with the last seq seen
 * so the server replays what was missed (or asks for a resync when too much was).
 */
export class LiveSocket {
  private socket: SocketLike | undefined;
  private readonly rooms = new Map<string, Room>();
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pinger: ReturnType<typeof setInterval> | undefined;
  private awaitingPong = false;
  private closed = false;
  private stateNow: ConnectionState = 'connecting';
  private readonly options: LiveSocketOptions;

  constructor(
    private readonly url: string,
    options: LiveSocketOptions = {},
  ) {
    this.options = options;
    if (options.connect !== false) this.connect();
    else this.closed = true;
  }

  /**
   * Opens the connection: after construction with `connect: false`, or again after
   * {@link LiveSocket.close}. Rooms subscribed meanwhile are subscribed once it is open.
   */
  open(): void {
    if (!this.closed) return;
    this.closed = false;
    this.attempt = 0;
    this.setState('connecting');
    this.connect();
  }

  /** The current connection state. */
  get state(): ConnectionState {
    return this.stateNow;
  }

  /** Listens to `room`; returns the function that stops listening. */
  subscribe(room: string, handler: Handler): () => void {
    let r = this.rooms.get(room);
    if (!r) {
      r = { seq: undefined, handlers: new Set() };
      this.rooms.set(room, r);
      this.sendSubscribe(room, r);
    }
    r.handlers.add(handler);
    return () => {
      const current = this.rooms.get(room);
      if (!current) return;
      current.handlers.delete(handler);
      if (current.handlers.size === 0) {
        this.rooms.delete(room);
        this.send({ type: 'unsubscribe', room });
      }
    };
  }

  /** Drops the connection as a network failure would (used by the reconnect test and bench). */
  drop(): void {
    this.socket?.close(4000, 'dropped');
  }

  /** Closes the connection (until {@link LiveSocket.open} is called again). */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    clearInterval(this.pinger);
    const socket = this.socket;
    this.socket = undefined;
    socket?.close(1000, 'bye');
    this.setState('offline');
  }

  private setState(state: ConnectionState): void {
    if (state === this.stateNow) return;
    this.stateNow = state;
    this.options.onState?.(state);
  }

  private send(frame: unknown): void {
    if (this.socket && this.socket.readyState === 1) this.socket.send(JSON.stringify(frame));
  }

  private sendSubscribe(room: string, r: Room): void {
    this.send(
      r.seq === undefined ? { type: 'subscribe', room } : { type: 'subscribe', room, since: r.seq },
    );
  }

  private connect(): void {
    if (this.closed) return;
    const open =
      this.options.open ?? ((url: string) => new WebSocket(url) as unknown as SocketLike);
    let socket: SocketLike;
    try {
      socket = open(this.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket !== socket) return; // closed meanwhile
      this.attempt = 0;
      this.setState('open');
      for (const [room, r] of this.rooms) this.sendSubscribe(room, r);
      clearInterval(this.pinger);
      this.awaitingPong = false;
      this.pinger = setInterval(() => {
        if (this.awaitingPong) {
          socket.close(4001, 'no pong');
          return;
        }
        this.awaitingPong = true;
        this.send({ type: 'ping' });
      }, this.options.pingEvery ?? 20_000);
    };
    socket.onmessage = (ev) => {
      if (this.socket === socket) this.receive(String(ev.data));
    };
    socket.onerror = () => undefined;
    socket.onclose = () => {
      if (this.socket !== socket) return;
      clearInterval(this.pinger);
      this.socket = undefined;
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    if (this.closed) return;
    this.attempt += 1;
    this.setState(this.attempt > 3 ? 'offline' : 'reconnecting');
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => this.connect(),
      (this.options.backoff ?? defaultBackoff)(this.attempt),
    );
  }

  private receive(text: string): void {
    let frame: { type?: string; room?: string; seq?: number; gap?: boolean; data?: LiveFrame };
    try {
      frame = JSON.parse(text) as typeof frame;
    } catch {
      return;
    }
    switch (frame.type) {
      case 'pong':
        this.awaitingPong = false;
        return;
      case 'update': {
        const r = frame.room ? this.rooms.get(frame.room) : undefined;
        if (!r || frame.seq === undefined || !frame.data) return;
        if (r.seq !== undefined && frame.seq <= r.seq) return;
        r.seq = frame.seq;
        for (const h of [...r.handlers]) h(frame.data);
        return;
      }
      case 'subscribed': {
        const r = frame.room ? this.rooms.get(frame.room) : undefined;
        if (!r) return;
        const resubscribed = r.seq !== undefined;
        if (frame.seq !== undefined && (r.seq === undefined || frame.seq > r.seq))
          r.seq = frame.seq;
        if (resubscribed && frame.gap && frame.room) this.options.onResync?.(frame.room);
        return;
      }
      default:
        return;
    }
  }
}
