import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ServerFrame } from '../src/shared/realtime.js';
import { openSocket, type Pair } from './chat-load.js';

/** The baseline: a bare `ws` relay that forwards each frame to the other socket of its room. */
export async function startRelay() {
  const server = createServer();
  const wss = new WebSocketServer({ server });
  const rooms = new Map<string, Set<WebSocket>>();
  wss.on('connection', (ws, req) => {
    const room = new URL(req.url ?? '/', 'http://x').searchParams.get('room') ?? '';
    const set = rooms.get(room) ?? new Set();
    rooms.set(room, set.add(ws));
    ws.on('message', (data) => set.forEach((peer) => peer !== ws && peer.send(String(data))));
    ws.on('close', () => set.delete(ws));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // ws 8 leaves open connections alone on close; end them so the server can stop.
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => resolve());
      }),
  };
}

/** `n` pairs of sockets in rooms of their own on the relay at `url`. */
export async function relayPairs(url: string, n: number): Promise<Pair[]> {
  const pairs: Pair[] = [];
  for (let i = 0; i < n; i++) {
    const room = randomUUID();
    const a = await openSocket(`${url}/?room=${room}`);
    const b = await openSocket(`${url}/?room=${room}`);
    pairs.push({
      send: (stamp) =>
        a.send(JSON.stringify({ t: 'send', clientId: randomUUID(), body: `m ${stamp}`, stamp })),
      onDelivered: (fn) =>
        b.on('message', (d) => fn((JSON.parse(String(d)) as { stamp: number }).stamp)),
      close: () => (a.close(), b.close()),
    });
  }
  return pairs;
}

/**
 * `n` customers, each with a conversation, and one agent socket following all of them (one
 * agent handling n chats). "Delivered" means the agent received the message, which happens
 * only after it was committed.
 */
export async function parleyPairs(
  base: string,
  key: string,
  agentCookie: string,
  n: number,
): Promise<Pair[]> {
  const ws = base.replace('http', 'ws');
  const agent = await openSocket(`${ws}/realtime/console`, { cookie: agentCookie });
  const listeners = new Map<string, (stamp: number) => void>();
  agent.on('message', (d) => {
    const frame = JSON.parse(String(d)) as ServerFrame;
    if (frame.t === 'message')
      listeners.get(frame.message.conversationId)?.(Number(frame.message.body.slice(2)));
  });
  const pairs: Pair[] = [];
  for (let i = 0; i < n; i++) {
    const { conversationId, customer } = await openCustomer(base, ws, key);
    agent.send(JSON.stringify({ t: 'resume', conversationId, afterSeq: 1 }));
    pairs.push({
      send: (stamp) =>
        customer.send(
          JSON.stringify({ t: 'send', conversationId, clientId: randomUUID(), body: `m ${stamp}` }),
        ),
      onDelivered: (fn) => void listeners.set(conversationId, fn),
      close: () => (customer.close(), agent.close()),
    });
  }
  return pairs;
}

async function openCustomer(base: string, ws: string, key: string) {
  const json = { 'content-type': 'application/json' };
  const session = (await (
    await fetch(`${base}/api/widget/session`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ workspace: key }),
    })
  ).json()) as { visitorToken: string };
  const conversationId = randomUUID();
  await fetch(`${base}/api/widget/conversations`, {
    method: 'POST',
    headers: { ...json, 'x-parley-key': key, authorization: `Visitor ${session.visitorToken}` },
    // "Talk to a person": the team's conversation, not the virtual agent's.
    body: JSON.stringify({
      conversationId,
      topic: 'question',
      clientId: randomUUID(),
      body: 'hello',
      person: true,
    }),
  });
  const customer = await openSocket(
    `${ws}/realtime/widget?key=${key}&token=${session.visitorToken}`,
  );
  return { conversationId, customer };
}
