import type { WebSocket } from 'ws';
import type { ServerFrame } from '../src/schemas/frames.js';
import type { Server } from '../src/createServer.js';

/** An in-process WebSocket client that records frames and awaits the ones a test expects. */
export interface WsClient {
  readonly frames: ServerFrame[];
  send(frame: unknown): void;
  /** Resolves with the first recorded frame (from `from` on) that matches. */
  next(match: (f: ServerFrame) => boolean, from?: number): Promise<ServerFrame>;
  closed: Promise<number>;
  close(): void;
}

/** Opens `/api/ws` in-process with the given cookie header. */
export async function wsClient(server: Server, cookie?: string): Promise<WsClient> {
  const frames: ServerFrame[] = [];
  const waiters: {
    match: (f: ServerFrame) => boolean;
    from: number;
    resolve: (f: ServerFrame) => void;
  }[] = [];
  let resolveClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((r) => (resolveClosed = r));
  const ws: WebSocket = await server.app.injectWS(
    '/api/ws',
    cookie ? { headers: { cookie } } : {},
    {
      onInit(socket) {
        socket.on('message', (raw: Buffer) => {
          const f = JSON.parse(raw.toString('utf8')) as ServerFrame;
          frames.push(f);
          for (const w of [...waiters]) {
            if (w.match(f) && frames.length - 1 >= w.from) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve(f);
            }
          }
        });
        socket.on('close', (code: number) => resolveClosed(code));
      },
    },
  );
  return {
    frames,
    closed,
    send: (frame) => ws.send(JSON.stringify(frame)),
    next(match, from = 0) {
      const found = frames.slice(from).find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ match, from, resolve }));
    },
    close: () => ws.terminate(),
  };
}
