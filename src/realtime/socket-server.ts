import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { resolveSession, SESSION_COOKIE } from '../core/auth/resolve-session.js';
import { resolveVisitor } from '../core/contacts/resolve-visitor.js';
import type { Participant } from '../core/conversations/realtime-deps.js';
import { AppError } from '../core/errors.js';
import type { ServerFrame } from '../shared/realtime.js';
import { createSocketSession, type SocketSessionDeps } from './socket-session.js';

/** Frames above this are refused by the socket itself (close code 1009). */
export const MAX_FRAME_BYTES = 64 * 1024;
const HEARTBEAT_MS = 30_000;

// One event fans out to every watching socket (all agents' inboxes): serialise it once.
const encoded = new WeakMap<ServerFrame, string>();
function encode(frame: ServerFrame): string {
  let text = encoded.get(frame);
  if (text === undefined) encoded.set(frame, (text = JSON.stringify(frame)));
  return text;
}

/**
 * WebSocket endpoints: `/realtime/widget?key=KEY&token=VISITOR_TOKEN` for customers and
 * `/realtime/console` (session cookie, same origin only) for the team.
 */
export function attachRealtime(server: Server, deps: SocketSessionDeps) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const alive = new WeakSet<WebSocket>();

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    authenticate(deps, req)
      .then((who) => wss.handleUpgrade(req, socket, head, (ws) => serve(ws, who, socket)))
      .catch((error: unknown) => refuse(socket, error));
  });

  function serve(ws: WebSocket, who: Participant, socket: Duplex) {
    alive.add(ws);
    // Frames sent in one tick (a batch's ack, the message, the inbox line) leave in one write
    // instead of a system call each.
    let corked = false;
    const uncork = () => {
      corked = false;
      socket.uncork();
    };
    const session = createSocketSession(deps, who, (frame) => {
      if (ws.readyState !== ws.OPEN) return;
      if (!corked) {
        corked = true;
        socket.cork();
        process.nextTick(uncork);
      }
      ws.send(encode(frame));
    });
    ws.on('pong', () => alive.add(ws));
    ws.on('message', (data, isBinary) => {
      if (isBinary) return void session.receive('not json');
      void session.receive(String(data));
    });
    ws.on('close', () => session.close());
    ws.on('error', () => ws.terminate());
  }

  // Sockets that stop answering pings (a phone that lost its network) are closed and forgotten.
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) ws.terminate();
      else {
        alive.delete(ws);
        ws.ping();
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    /** Says goodbye (1001) to every socket; clients reconnect to another node and resume. */
    close() {
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.close(1001, 'server restarting');
      wss.close();
    },
    get connections() {
      return wss.clients.size;
    },
  };
}

async function authenticate(deps: SocketSessionDeps, req: IncomingMessage): Promise<Participant> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/realtime/widget') {
    return resolveVisitor(
      deps.core,
      url.searchParams.get('key') ?? undefined,
      url.searchParams.get('token') ?? undefined,
    );
  }
  if (url.pathname === '/realtime/console') {
    const origin = req.headers.origin;
    if (origin && new URL(origin).host !== req.headers.host) {
      throw new AppError('csrf_failed', 'Cross-site console sockets are refused.');
    }
    const token = cookie(req.headers.cookie, SESSION_COOKIE);
    const actor = await resolveSession(deps.core, token);
    return { kind: 'agent', workspaceId: actor.workspaceId, userId: actor.member.id };
  }
  throw new AppError('not_found', 'No realtime endpoint here.');
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function refuse(socket: Duplex, error: unknown) {
  const status =
    error instanceof AppError && error.code === 'not_found'
      ? '404 Not Found'
      : error instanceof AppError && error.code === 'csrf_failed'
        ? '403 Forbidden'
        : '401 Unauthorized';
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
