import { randomUUID } from 'node:crypto';
import { WebSocket } from 'ws';
import type { ServerFrame, WireMessage } from '../src/shared/realtime.js';

/**
 * A protocol-faithful chat client for load and failure tests: it keeps unacked sends and resends
 * them (same client id) after every reconnect, and resumes from the last sequence it saw.
 */
export class ChatClient {
  ws?: WebSocket;
  lastSeq = 0;
  readonly received: WireMessage[] = [];
  readonly acked = new Map<string, number>();
  readonly unacked = new Map<string, string>();
  readonly errors: ServerFrame[] = [];
  private wanted = true;

  constructor(
    private readonly url: () => string,
    readonly conversationId: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  /** Opens (or reopens) the socket, resumes, and resends whatever is unacked. */
  async connect(): Promise<void> {
    this.wanted = true;
    const ws = new WebSocket(this.url(), { headers: this.headers });
    this.ws = ws;
    ws.on('message', (data) => this.onFrame(JSON.parse(String(data)) as ServerFrame));
    ws.on('error', () => {});
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.once('close', () => reject(new Error('closed before open')));
    });
    ws.send(
      JSON.stringify({ t: 'resume', conversationId: this.conversationId, afterSeq: this.lastSeq }),
    );
    for (const [clientId, body] of this.unacked) this.sendFrame(clientId, body);
  }

  /** Keeps trying to connect until it works or `ms` pass. */
  async reconnect(ms = 20_000): Promise<void> {
    const deadline = Date.now() + ms;
    for (;;) {
      try {
        return await this.connect();
      } catch (error) {
        if (Date.now() > deadline || !this.wanted) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  }

  send(body: string): string {
    const clientId = randomUUID();
    this.unacked.set(clientId, body);
    this.sendFrame(clientId, body);
    return clientId;
  }

  drop() {
    this.ws?.terminate();
  }

  close() {
    this.wanted = false;
    this.ws?.close();
  }

  private sendFrame(clientId: string, body: string) {
    if (this.ws?.readyState !== WebSocket.OPEN) return;
    this.ws.send(
      JSON.stringify({ t: 'send', conversationId: this.conversationId, clientId, body }),
    );
  }

  private onFrame(frame: ServerFrame) {
    if (frame.t === 'error') this.errors.push(frame);
    if (frame.t === 'error' && frame.code === 'rate_limited' && frame.clientId) {
      const clientId = frame.clientId;
      const body = this.unacked.get(clientId);
      const wait = (frame.retryAfterSeconds ?? 1) * 1000;
      if (body !== undefined) setTimeout(() => this.sendFrame(clientId, body), wait);
    }
    if (frame.t === 'ack') {
      this.unacked.delete(frame.clientId);
      this.acked.set(frame.clientId, frame.seq);
    }
    if (frame.t === 'message' && frame.message.conversationId === this.conversationId) {
      this.received.push(frame.message);
      this.lastSeq = Math.max(this.lastSeq, frame.message.seq);
    }
  }
}

/** Polls until `check` holds or fails after `ms`. */
export async function eventually(check: () => boolean, ms = 20_000, what = 'condition') {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A widget visitor with one conversation, made through the widget's HTTP API. */
export async function openCustomer(
  baseUrl: string,
  key: string,
  body = 'Hello!',
  // Questions go to the virtual agent first when the workspace has help articles (the demo
  // has); a complaint goes straight to the team, which is what most chat tests exercise.
  topic: 'question' | 'complaint' | 'feedback' = 'complaint',
) {
  const session = (await (
    await fetch(`${baseUrl}/api/widget/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspace: key }),
    })
  ).json()) as { visitorToken: string };
  const conversationId = randomUUID();
  const res = await fetch(`${baseUrl}/api/widget/conversations`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-parley-key': key,
      authorization: `Visitor ${session.visitorToken}`,
    },
    body: JSON.stringify({ conversationId, topic, clientId: randomUUID(), body }),
  });
  if (res.status !== 201) throw new Error(`could not start a conversation: ${res.status}`);
  const socketPath = `/realtime/widget?key=${key}&token=${session.visitorToken}`;
  return { token: session.visitorToken, conversationId, socketPath };
}

/** Signs a member in over HTTP and returns the session cookie for the console socket. */
export async function consoleCookie(baseUrl: string, email: string, password: string) {
  const res = await fetch(`${baseUrl}/api/console/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}
