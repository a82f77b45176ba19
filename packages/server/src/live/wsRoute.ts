import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { sessionCaller } from '../auth/authenticate.js';
import type { AppContext } from '../http/AppContext.js';
import { ClientFrame, type ServerFrame } from '../schemas/frames.js';
import { authorizeRoom } from './authorizeRoom.js';

const checkFrame = TypeCompiler.Compile(ClientFrame);
const MAX_ROOMS = 20;

function send(socket: WebSocket, frame: ServerFrame): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
}

/**
 * `GET /api/ws`: live updates. The session cookie authenticates the upgrade; the client
 * subscribes to rooms (`{type:'subscribe', room, since}`), each checked by
 * `authorizeRoom`, and gets what it missed after `since`, then every update with its seq.
 */
export function wsRoute(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/ws',
    {
      websocket: true,
      schema: { hide: true },
      // Refuse the upgrade itself (HTTP 401/403) without a session or from another origin.
      preValidation: async (request, reply) => {
        const origin = request.headers.origin;
        let sameOrigin = true;
        try {
          sameOrigin = !origin || new URL(origin).host === request.headers.host;
        } catch {
          sameOrigin = false;
        }
        if (!sameOrigin)
          return reply.status(403).send({
            error: {
              id: 'auth.origin',
              message: 'Cross-origin WebSocket refused.',
              fix: 'Connect from the web app.',
            },
          });
        if (!(await sessionCaller(ctx.state, request.cookies, ctx.clock.now())))
          return reply.status(401).send({
            error: {
              id: 'auth.required',
              message: 'Log in first (session cookie).',
              fix: 'POST /api/auth/login.',
            },
          });
      },
    },
    async (socket, request) => {
      const caller = await sessionCaller(ctx.state, request.cookies, ctx.clock.now());
      if (!caller) {
        socket.close(4401, 'unauthenticated');
        return;
      }
      const subscriptions = new Map<string, () => void>();
      const disconnect = ctx.presence.connect(caller.user.id);
      socket.on('close', () => {
        disconnect();
        for (const unsubscribe of subscriptions.values()) unsubscribe();
      });
      let queue: Promise<void> = Promise.resolve();
      socket.on('message', (raw: Buffer) => {
        queue = queue.then(async () => {
          let frame: unknown;
          try {
            frame = JSON.parse(raw.toString('utf8'));
          } catch {
            frame = undefined;
          }
          if (!checkFrame.Check(frame)) {
            send(socket, {
              type: 'error',
              id: 'ws.invalid-frame',
              message:
                'Frames are JSON: {type:"subscribe", room, since?} | {type:"unsubscribe", room} | {type:"ping"}.',
            });
            return;
          }
          switch (frame.type) {
            case 'ping':
              send(socket, { type: 'pong' });
              return;
            case 'unsubscribe':
              subscriptions.get(frame.room)?.();
              subscriptions.delete(frame.room);
              return;
            case 'subscribe': {
              if (subscriptions.has(frame.room)) return;
              if (
                subscriptions.size >= MAX_ROOMS ||
                !(await authorizeRoom(ctx.state, caller.user, frame.room))
              ) {
                send(socket, {
                  type: 'error',
                  id: 'ws.room-forbidden',
                  message: `You may not join room "${frame.room.slice(0, 80)}".`,
                });
                return;
              }
              const sub = ctx.hub.subscribe(
                frame.room,
                frame.since ?? ctx.hub.seq(frame.room),
                (e) =>
                  send(socket, {
                    type: 'update',
                    room: e.room,
                    seq: e.seq,
                    data: e.frame as never,
                  }),
              );
              subscriptions.set(frame.room, sub.unsubscribe);
              for (const e of sub.missed)
                send(socket, { type: 'update', room: e.room, seq: e.seq, data: e.frame as never });
              send(socket, { type: 'subscribed', room: frame.room, seq: sub.seq, gap: sub.gap });
              return;
            }
            default: {
              const never: never = frame;
              throw new Error(`unknown frame ${JSON.stringify(never)}`);
            }
          }
        });
      });
    },
  );
}
