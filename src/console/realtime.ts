import type { ClientFrame, ServerFrame } from '../shared/realtime.js';

type Send = Extract<ClientFrame, { t: 'send' }>;
type Listener = (frame: ServerFrame) => void;

export interface ConsoleSocket {
  /** Every frame the server sends, to every listener; returns an unsubscribe function. */
  listen(listener: Listener): () => void;
  /** Follows one conversation from `afterSeq`; followed again after every reconnect. */
  follow(conversationId: string, afterSeq: number): void;
  unfollow(conversationId: string): void;
  /** Remembers the newest seq seen, so a reconnect resumes exactly there. */
  seen(conversationId: string, seq: number): void;
  /** Sends a message; kept and resent (same clientId) until the server acks it. */
  send(frame: Omit<Send, 't'>): void;
  /** Fire-and-forget frames (typing); dropped while offline. */
  sendNow(frame: ClientFrame): void;
  online(): boolean;
  onOnline(listener: (online: boolean) => void): () => void;
  close(): void;
}

/** The console's one WebSocket: reconnects with backoff, resumes, resends what was not acked. */
export function connectConsole(url = defaultUrl()): ConsoleSocket {
  const listeners = new Set<Listener>();
  const onlineListeners = new Set<(online: boolean) => void>();
  const followed = new Map<string, number>();
  const unacked = new Map<string, Send>();
  let ws: WebSocket | undefined;
  let closed = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const raw = (frame: ClientFrame) => {
    if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify(frame));
  };
  const setOnline = (on: boolean) => onlineListeners.forEach((l) => l(on));

  function open() {
    if (closed) return;
    const socket = new WebSocket(url);
    ws = socket;
    socket.onopen = () => {
      attempt = 0;
      setOnline(true);
      for (const [conversationId, afterSeq] of followed)
        raw({ t: 'resume', conversationId, afterSeq });
      for (const frame of unacked.values()) raw(frame);
    };
    socket.onmessage = (event) => {
      let frame: ServerFrame;
      try {
        frame = JSON.parse(String(event.data)) as ServerFrame;
      } catch {
        return;
      }
      if (frame.t === 'ack') unacked.delete(frame.clientId);
      if (frame.t === 'error' && frame.clientId) unacked.delete(frame.clientId);
      if (frame.t === 'message') {
        const { conversationId, seq } = frame.message;
        const known = followed.get(conversationId);
        if (known !== undefined && seq > known) followed.set(conversationId, seq);
      }
      listeners.forEach((l) => l(frame));
    };
    socket.onclose = () => {
      if (ws !== socket) return;
      ws = undefined;
      setOnline(false);
      if (closed) return;
      // 0.5s, 1s, 2s … capped at 15s, with jitter so a restarted server is not stampeded.
      const delay = Math.min(15_000, 500 * 2 ** attempt++) * (0.75 + Math.random() / 2);
      timer = setTimeout(open, delay);
    };
  }
  open();

  return {
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    follow(conversationId, afterSeq) {
      followed.set(conversationId, afterSeq);
      raw({ t: 'resume', conversationId, afterSeq });
    },
    unfollow(conversationId) {
      followed.delete(conversationId);
    },
    seen(conversationId, seq) {
      const known = followed.get(conversationId);
      if (known !== undefined && seq > known) followed.set(conversationId, seq);
    },
    send(frame) {
      const full: Send = { t: 'send', ...frame };
      unacked.set(frame.clientId, full);
      raw(full);
    },
    sendNow: raw,
    online: () => ws?.readyState === WebSocket.OPEN,
    onOnline(listener) {
      onlineListeners.add(listener);
      return () => onlineListeners.delete(listener);
    },
    close() {
      closed = true;
      clearTimeout(timer);
      ws?.close();
    },
  };
}

function defaultUrl() {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/realtime/console`;
}
