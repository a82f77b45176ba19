import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { LiveFrame } from '../src/api/types.js';
import { LiveSocket, type ConnectionState, type SocketLike } from '../src/live/LiveSocket.js';

/**
 * A small live-update server speaking the exercise server's frames (subscribe with
 * `since`, replay of the backlog, `subscribed` with `gap`), over a real WebSocket.
 */
async function frameServer(backlogSize = 100) {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const rooms = new Map<string, { seq: number; backlog: { seq: number; data: LiveFrame }[] }>();
  const sockets = new Set<WebSocket>();
  const subscribes: unknown[] = [];
  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.on('message', (raw) => {
      const f = JSON.parse(String(raw)) as { type: string; room: string; since?: number };
      if (f.type === 'ping') return ws.send(JSON.stringify({ type: 'pong' }));
      if (f.type !== 'subscribe') return;
      subscribes.push(f);
      const r = rooms.get(f.room) ?? { seq: 0, backlog: [] };
      rooms.set(f.room, r);
      const since = f.since ?? r.seq;
      for (const e of r.backlog.filter((x) => x.seq > since))
        ws.send(JSON.stringify({ type: 'update', room: f.room, seq: e.seq, data: e.data }));
      const oldest = r.backlog[0]?.seq ?? r.seq + 1;
      ws.send(
        JSON.stringify({
          type: 'subscribed',
          room: f.room,
          seq: r.seq,
          gap: since < r.seq && since + 1 < oldest,
        }),
      );
      (ws as unknown as { rooms?: Set<string> }).rooms = new Set([
        ...((ws as unknown as { rooms?: Set<string> }).rooms ?? []),
        f.room,
      ]);
    });
  });
  return {
    url: () => `ws://127.0.0.1:${(wss.address() as { port: number }).port}`,
    subscribes,
    publish(room: string, data: LiveFrame, live = true) {
      const r = rooms.get(room) ?? { seq: 0, backlog: [] };
      rooms.set(room, r);
      const e = { seq: ++r.seq, data };
      r.backlog.push(e);
      if (r.backlog.length > backlogSize) r.backlog.shift();
      if (live)
        for (const ws of sockets)
          if ((ws as unknown as { rooms?: Set<string> }).rooms?.has(room))
            ws.send(JSON.stringify({ type: 'update', room, seq: e.seq, data }));
    },
    dropAll: () => sockets.forEach((s) => s.terminate()),
    close: () => new Promise<void>((resolve) => wss.close(() => resolve())),
  };
}

const open = (url: string) => new WebSocket(url) as unknown as SocketLike;
const score = (total: number): LiveFrame => ({
  type: 'score',
  teamId: 't',
  score: { total, max: 100, components: [] },
});
const totals = (frames: LiveFrame[]) =>
  frames.map((f) => (f.type === 'score' ? f.score.total : -1));

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup) await c();
  cleanup = [];
});

describe('live socket', () => {
  it('delivers the updates of a subscribed room in order, once', async () => {
    const server = await frameServer();
    const states: ConnectionState[] = [];
    const live = new LiveSocket(server.url(), { open, onState: (s) => states.push(s) });
    cleanup.push(async () => live.close(), server.close);
    const got: LiveFrame[] = [];
    live.subscribe('team:t', (f) => got.push(f));
    await vi.waitFor(() => expect(server.subscribes).toHaveLength(1));
    server.publish('team:t', score(1));
    server.publish('team:t', score(2));
    await vi.waitFor(() => expect(totals(got)).toEqual([1, 2]));
    expect(states).toContain('open');
  });

  it('opened, closed and opened again (React StrictMode effects) it subscribes and delivers', async () => {
    const server = await frameServer();
    const live = new LiveSocket(server.url(), { open, connect: false });
    cleanup.push(async () => live.close(), server.close);
    const got: LiveFrame[] = [];
    live.subscribe('exercise:e', (f) => got.push(f));
    expect(live.state).toBe('connecting');
    live.open();
    live.close();
    expect(live.state).toBe('offline');
    live.open();
    await vi.waitFor(() =>
      expect(server.subscribes).toEqual([{ type: 'subscribe', room: 'exercise:e' }]),
    );
    server.publish('exercise:e', score(7));
    await vi.waitFor(() => expect(totals(got)).toEqual([7]));
    expect(live.state).toBe('open');
  });

  it('after a drop it reconnects, resubscribes with the last seq and gets what it missed', async () => {
    const server = await frameServer();
    const states: ConnectionState[] = [];
    const live = new LiveSocket(server.url(), {
      open,
      backoff: () => 20,
      onState: (s) => states.push(s),
    });
    cleanup.push(async () => live.close(), server.close);
    const got: LiveFrame[] = [];
    live.subscribe('team:t', (f) => got.push(f));
    await vi.waitFor(() => expect(server.subscribes).toHaveLength(1));
    server.publish('team:t', score(1));
    await vi.waitFor(() => expect(totals(got)).toEqual([1]));
    // Two updates are lost in transit, then the connection drops.
    server.publish('team:t', score(2), false);
    server.publish('team:t', score(3), false);
    server.dropAll();
    await vi.waitFor(() => expect(states).toContain('reconnecting'));
    await vi.waitFor(() => expect(totals(got)).toEqual([1, 2, 3]));
    expect(server.subscribes[1]).toEqual({ type: 'subscribe', room: 'team:t', since: 1 });
    expect(live.state).toBe('open');
  });

  it('asks for a resync when more was missed than the server keeps', async () => {
    const server = await frameServer(2);
    const resyncs: string[] = [];
    const live = new LiveSocket(server.url(), {
      open,
      backoff: () => 20,
      onResync: (r) => resyncs.push(r),
    });
    cleanup.push(async () => live.close(), server.close);
    const got: LiveFrame[] = [];
    live.subscribe('team:t', (f) => got.push(f));
    await vi.waitFor(() => expect(server.subscribes).toHaveLength(1));
    server.publish('team:t', score(1));
    await vi.waitFor(() => expect(got).toHaveLength(1));
    for (let n = 2; n <= 6; n++) server.publish('team:t', score(n), false);
    server.dropAll();
    await vi.waitFor(() => expect(resyncs).toEqual(['team:t']));
    expect(totals(got)).toEqual([1, 5, 6]);
  });

  it('stops listening when the last handler leaves, and says so to the server', async () => {
    const server = await frameServer();
    const live = new LiveSocket(server.url(), { open });
    cleanup.push(async () => live.close(), server.close);
    const got: LiveFrame[] = [];
    const off = live.subscribe('team:t', (f) => got.push(f));
    await vi.waitFor(() => expect(server.subscribes).toHaveLength(1));
    off();
    server.publish('team:t', score(9));
    const probe: LiveFrame[] = [];
    live.subscribe('team:u', (f) => probe.push(f));
    await vi.waitFor(() => expect(server.subscribes).toHaveLength(2));
    server.publish('team:u', score(1));
    await vi.waitFor(() => expect(probe).toHaveLength(1));
    expect(got).toEqual([]);
  });

  it('reports offline after repeated failures and keeps retrying', async () => {
    const states: ConnectionState[] = [];
    const live = new LiveSocket('ws://127.0.0.1:9', {
      open,
      backoff: () => 5,
      onState: (s) => states.push(s),
    });
    cleanup.push(async () => live.close());
    await vi.waitFor(() => expect(states).toContain('offline'));
    expect(states[0]).toBe('reconnecting');
  });
});
