import { WebSocket } from 'ws';
import type { ServerFrame } from '../src/shared/realtime.js';
import type { RunningServer } from '../src/server.js';
import { consoleCookie } from './chat-client.js';
import { PASSWORD, seedMember } from './seed.js';

/** A socket that records every frame it receives and can wait for one that matches. */
export async function openFrameSocket(url: string, headers: Record<string, string> = {}) {
  const ws = new WebSocket(url, { headers });
  const frames: ServerFrame[] = [];
  ws.on('message', (data) => frames.push(JSON.parse(String(data)) as ServerFrame));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  /** Waits for a matching frame among those received from index `from` on. */
  const waitFor = async (match: (f: ServerFrame) => boolean, ms = 5_000, from = 0) => {
    for (let waited = 0; waited < ms; waited += 10) {
      const found = frames.slice(from).find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no matching frame; got ${JSON.stringify(frames)}`);
  };
  const send = (frame: unknown) =>
    ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  return { ws, frames, waitFor, send };
}

/** A new agent of the demo workspace, signed in over HTTP, on the console socket. */
export async function connectAgent(server: RunningServer) {
  const laura = await seedMember(
    { db: server.db, now: () => new Date(), sessionTtlMs: 3_600_000 },
    server.demo!.workspace.id,
  );
  const cookie = await consoleCookie(server.url, laura.email, PASSWORD);
  return openFrameSocket(`${server.url.replace('http', 'ws')}/realtime/console`, { cookie });
}
