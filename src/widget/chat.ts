// The widget's side of the realtime contract: a visitor session, one conversation, a socket that
// resumes from the last seen sequence, and an outbox (memory + localStorage) resent with the
// same client ids after a reconnect; the server absorbs the duplicates. Typing and read receipts
// ride the same socket once the conversation is resumed; they are never queued.
import type { ServerFrame } from '../shared/realtime.js';
import { uuid } from './dom.js';
import type { Summary } from './history.js';
import { trackPage, visitorContext } from './page.js';
import { createAssistantApi } from './assistant-api.js';
import { createSignals } from './signals.js';
import { createStore, createVisitorApi } from './store.js';
import type { ChatEvents, Shown, Topic } from './types.js';

interface Conv {
  id: string;
  topic: Topic;
  started: boolean;
  /** Straight to a person: chosen before the first message. */
  person?: boolean;
}
interface Out {
  conversationId: string;
  clientId: string;
  body: string;
}

export function createChat(key: string, base: string, on: ChatEvents) {
  const store = createStore(key);
  const api = createVisitorApi(key, base, store);
  trackPage(key, base, () => api.token);
  const { load, save } = store;
  let conv = load<Conv | null>('conv', null);
  let outbox = load<Out[]>('outbox', []);
  let lastSeq = 0;
  let ws: WebSocket | undefined;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ping: ReturnType<typeof setInterval> | undefined;
  let flushing = false;
  /** Socket failures in a row without an open: a stored token the server no longer knows? */
  let fails = 0;
  /** The current socket has resumed the conversation: typing and read frames may go. */
  let resumed = false;
  /** "Talk to a person" before the first message: the conversation starts with the team. */
  let wantsPerson = false;
  /** Client ids already sent on the current socket (a new socket resends the whole outbox). */
  const sent = new Set<string>();

  const persist = () => {
    save('conv', conv);
    save('outbox', outbox.length ? outbox : null);
  };
  const mine = (o: Out, state: Shown['state'], seq?: number): Shown => ({
    clientId: o.clientId,
    body: o.body,
    mine: true,
    author: 'contact',
    state,
    ...(seq ? { seq } : {}),
  });
  const settle = (clientId: string, state: Shown['state'], seq?: number) => {
    const o = outbox.find((x) => x.clientId === clientId);
    if (!o) return;
    outbox = outbox.filter((x) => x !== o);
    persist();
    on.message(mine(o, state, seq));
  };
  const retry = () => {
    clearTimeout(timer);
    const ms = Math.min(30_000, 500 * 2 ** attempt++) * (0.5 + Math.random() / 2);
    timer = setTimeout(() => void flush(), ms);
  };

  /** Starts the conversation over HTTP if needed, then sends the outbox over the socket. */
  async function flush() {
    if (!conv || flushing) return;
    flushing = true;
    try {
      await api.session();
      const first = outbox[0];
      if (!conv.started && first) {
        const r = await api.call<{ seq: number }>('/api/widget/conversations', {
          conversationId: conv.id,
          topic: conv.topic,
          clientId: first.clientId,
          body: first.body,
          ...visitorContext(),
          ...(conv.person ? { person: true } : {}),
        });
        conv.started = true;
        settle(first.clientId, 'sent', r.seq);
      }
      if (!conv.started) return;
      if (!ws) connect();
      else if (ws.readyState === WebSocket.OPEN)
        for (const o of outbox) if (!sent.has(o.clientId)) sendOut(ws, o);
    } catch (error) {
      const status = (error as { status?: number }).status ?? 0;
      if (status >= 400 && status < 500 && status !== 401 && status !== 429) {
        for (const o of [...outbox]) settle(o.clientId, 'failed');
        on.error((error as Error).message);
      } else {
        on.status('offline');
        retry();
      }
    } finally {
      flushing = false;
    }
  }

  /** Sends a frame that only means something now (typing, read); false when it cannot go. */
  function live(frame: object): boolean {
    if (!resumed || ws?.readyState !== WebSocket.OPEN) return false;
    ws.send(JSON.stringify(frame));
    return true;
  }
  const signals = createSignals(live, () => conv?.id);
  const { typing, sendRead } = signals;

  /**
   * A socket that never opens right after a load may carry a token the server forgot (a reset
   * database, a token from elsewhere). Only a 401 on the HTTP API proves it: then the visitor
   * starts afresh; what was still unsent moves into a new conversation on the same topic.
   */
  async function recover() {
    try {
      await api.call('/api/widget/conversations');
    } catch (error) {
      if ((error as { status?: number }).status === 401 && conv) {
        api.forget();
        if (outbox.length) {
          const id = uuid();
          conv = { id, topic: conv.topic, started: false };
          outbox = outbox.map((o) => ({ ...o, conversationId: id }));
        } else conv = null;
        lastSeq = 0;
        signals.reset();
        persist();
        on.lost();
        attempt = 0;
        await api.session().catch(() => undefined);
        return void flush();
      }
    }
    retry();
  }

  function sendOut(socket: WebSocket, o: Out) {
    sent.add(o.clientId);
    socket.send(JSON.stringify({ t: 'send', ...o }));
  }

  function connect() {
    const token = api.token;
    if (!conv?.started || !token || ws) return;
    clearTimeout(timer);
    on.status('connecting');
    const id = conv.id;
    const q = `key=${encodeURIComponent(key)}&token=${encodeURIComponent(token)}`;
    const socket = (ws = new WebSocket(`${base.replace(/^http/, 'ws')}/realtime/widget?${q}`));
    const send = (frame: unknown) => socket.send(JSON.stringify(frame));
    resumed = false;
    socket.onopen = () => {
      attempt = fails = 0;
      on.status('online');
      send({ t: 'resume', conversationId: id, afterSeq: lastSeq });
      sent.clear();
      for (const o of outbox) sendOut(socket, o);
      ping = setInterval(() => send({ t: 'ping' }), 25_000);
    };
    socket.onmessage = (e) => {
      try {
        receive(JSON.parse(String(e.data)) as ServerFrame);
      } catch {
        // a frame we do not understand is ignored
      }
    };
    socket.onclose = () => {
      clearInterval(ping);
      if (ws !== socket) return;
      ws = undefined;
      resumed = false;
      signals.disconnected();
      on.status('offline');
      if (++fails % 3 === 0) void recover();
      else retry();
    };
  }

  function receive(f: ServerFrame) {
    const here = 'conversationId' in f && f.conversationId === conv?.id;
    if (f.t === 'message') {
      const m = f.message;
      if (m.conversationId !== conv?.id || m.private) return;
      lastSeq = Math.max(lastSeq, m.seq);
      outbox = outbox.filter((o) => o.clientId !== m.clientId);
      persist();
      const { clientId, seq, body, authorType: author } = m;
      const mine = author === 'contact';
      if (!mine) signals.received(seq);
      on.message({
        clientId,
        seq,
        body,
        author,
        mine,
        state: 'sent',
        ...(m.meta ? { meta: m.meta } : {}),
      });
    } else if (f.t === 'ack') settle(f.clientId, 'sent', f.seq);
    else if (f.t === 'presence') on.presence(f.agentsOnline);
    else if (f.t === 'error') {
      if (f.clientId && f.code !== 'rate_limited') settle(f.clientId, 'failed');
      else if (f.clientId && sent.delete(f.clientId)) {
        // refused for now, not for good: the same client id goes again in a moment
        clearTimeout(timer);
        timer = setTimeout(() => void flush(), 1_000);
      }
      on.error(f.message);
    } else if (!here) return;
    else if (f.t === 'resumed') {
      resumed = true;
      sendRead();
    } else if (f.t === 'typing' && f.who === 'agent') on.typing(f.on);
    else if (f.t === 'read' && f.who === 'agent') on.read(f.seq);
    else if (f.t === 'queue') on.queue(f);
    else if (f.t === 'agent') on.answerer(f.name, f.online);
  }

  addEventListener('online', () => {
    attempt = 0;
    void flush();
  });

  return {
    get conversation() {
      return conv;
    },
    /** Re-shows what is waiting in the outbox and reconnects to a conversation under way. */
    resume() {
      for (const o of outbox) on.message(mine(o, 'pending'));
      void flush();
    },
    send(topic: Topic, body: string) {
      typing(false);
      if (!conv)
        conv = { id: uuid(), topic, started: false, ...(wantsPerson ? { person: true } : {}) };
      wantsPerson = false;
      const o = { conversationId: conv.id, clientId: uuid(), body };
      outbox.push(o);
      persist();
      on.message(mine(o, 'pending'));
      void flush();
    },
    /** Leaves the current conversation (it stays on the server) to start another. */
    reset() {
      typing(false);
      const old = ws;
      ws = undefined;
      resumed = false;
      signals.disconnected();
      old?.close();
      conv = null;
      wantsPerson = false;
      outbox = [];
      lastSeq = 0;
      signals.reset();
      persist();
    },
    typing,
    /** Everything received from the other side is now in front of the customer. */
    read: signals.read,
    visitor: api,
    ...createAssistantApi(api, () => conv?.id),
    /** "Talk to a person": from the assistant to the team queue, or (before the first message)
     * a conversation that starts with the team. False when nothing needed the server. */
    async askPerson(): Promise<boolean> {
      if (!conv?.started) {
        wantsPerson = true;
        if (conv) conv.person = true;
        return false;
      }
      await api.call(`/api/widget/conversations/${conv.id}/person`, {});
      return true;
    },
    /** The visitor's past conversations (none before a first message). */
    async history(): Promise<Summary[]> {
      if (!api.token) return [];
      return (await api.call<{ conversations: Summary[] }>('/api/widget/conversations'))
        .conversations;
    },
    /** Reopens a past conversation: its history comes back through `resume`. */
    switchTo(id: string, topic: Topic) {
      this.reset();
      conv = { id, topic, started: true };
      persist();
      void flush();
    },
  };
}
