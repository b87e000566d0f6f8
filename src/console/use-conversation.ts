import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { HandoverSummary } from '../shared/schemas/handover.js';
import type { Contact, Conversation } from '../shared/schemas/api.js';
import type { ServerFrame, WireMessage } from '../shared/realtime.js';
import type { Api, ApiError } from './api.js';
import type { ConsoleSocket } from './realtime.js';

export interface Pending {
  clientId: string;
  body: string;
  private: boolean;
  error?: string;
}

interface Page {
  messages: WireMessage[];
  lastSeq: number;
  /** Older messages remain before this page. */
  more: boolean;
}

interface Details {
  conversation: Conversation;
  contact: Contact | null;
  handover: HandoverSummary | null;
}

/** How many messages one history page holds: the newest page first, then one per click. */
export const HISTORY_PAGE = 50;

/** Whether older history remains, and how loading the next page of it went. */
export interface Older {
  more: boolean;
  loading: boolean;
  error?: ApiError;
}

/** Adds messages by seq, each exactly once, in order. */
function merge(list: WireMessage[], add: WireMessage[]) {
  const bySeq = new Map(list.map((m) => [m.seq, m]));
  for (const m of add) bySeq.set(m.seq, m);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * One conversation: its details and contact, the newest page of its history (older pages on
 * request), then live frames over the socket; replies wait as "pending" until the server's ack.
 */
export function useConversation(api: Api, socket: ConsoleSocket, id: string, me: string) {
  const [details, setDetails] = useState<Details>();
  const [messages, setMessages] = useState<WireMessage[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [pending, setPending] = useState<Pending[]>([]);
  const [typing, setTyping] = useState(false);
  const [older, setOlder] = useState<Older>({ more: false, loading: false });
  const oldestSeq = useRef<number | undefined>(undefined);
  oldestSeq.current = messages[0]?.seq;

  useEffect(() => {
    let live = true;
    setDetails(undefined);
    setMessages([]);
    setLoaded(false);
    setError(undefined);
    setPending([]);
    setTyping(false);
    setOlder({ more: false, loading: false });
    void (async () => {
      const about = await api.get<Details>(`/conversations/${id}`);
      if (!live) return;
      if (!about.ok) return setError(about.error);
      setDetails(about.data);
      // The newest page up to the last sequence known now; the socket resumes right after it,
      // so a message written in between arrives live instead of falling into a gap.
      const last = about.data.conversation.lastSeq;
      const page = await api.get<Page>(
        `/conversations/${id}/messages?beforeSeq=${last + 1}&limit=${HISTORY_PAGE}`,
      );
      if (!live) return;
      if (!page.ok) return setError(page.error);
      setMessages((m) => merge(m, page.data.messages));
      setOlder({ more: page.data.more, loading: false });
      setLoaded(true);
      socket.follow(id, last);
    })();
    return () => {
      live = false;
      socket.unfollow(id);
    };
  }, [api, socket, id]);

  /**
   * The page before the oldest message on screen; merging by seq absorbs any overlap with what
   * is already shown. Resolves to how many messages the page held.
   */
  const loadOlder = useCallback(async () => {
    const before = oldestSeq.current;
    if (before === undefined) return 0;
    setOlder((o) => ({ ...o, loading: true, error: undefined }));
    const page = await api.get<Page>(
      `/conversations/${id}/messages?beforeSeq=${before}&limit=${HISTORY_PAGE}`,
    );
    if (!page.ok) {
      setOlder((o) => ({ ...o, loading: false, error: page.error }));
      return 0;
    }
    setMessages((m) => merge(m, page.data.messages));
    setOlder({ more: page.data.more, loading: false });
    return page.data.messages.length;
  }, [api, id]);

  useEffect(() => {
    let typingTimer: ReturnType<typeof setTimeout> | undefined;
    const off = socket.listen((frame: ServerFrame) => {
      if (frame.t === 'message' && frame.message.conversationId === id) {
        const { clientId } = frame.message;
        setMessages((m) => merge(m, [frame.message]));
        // Our own message can arrive before its ack: it is stored, so it is no longer pending.
        setPending((p) =>
          p.some((x) => x.clientId === clientId) ? p.filter((x) => x.clientId !== clientId) : p,
        );
        if (frame.message.authorType === 'contact') setTyping(false);
      } else if (frame.t === 'ack' && frame.conversationId === id) {
        setPending((p) => {
          const sent = p.find((x) => x.clientId === frame.clientId);
          if (sent) {
            const message: WireMessage = {
              conversationId: id,
              seq: frame.seq,
              clientId: sent.clientId,
              authorType: 'agent',
              authorId: me,
              private: sent.private,
              body: sent.body,
              createdAt: new Date().toISOString(),
            };
            setMessages((m) => (m.some((x) => x.seq === frame.seq) ? m : merge(m, [message])));
          }
          return p.filter((x) => x.clientId !== frame.clientId);
        });
      } else if (frame.t === 'error' && frame.clientId) {
        const { clientId, message } = frame;
        setPending((p) => p.map((x) => (x.clientId === clientId ? { ...x, error: message } : x)));
      } else if (frame.t === 'typing' && frame.conversationId === id && frame.who === 'contact') {
        setTyping(frame.on);
        clearTimeout(typingTimer);
        // A customer who closes the tab mid-sentence never sends "off".
        if (frame.on) typingTimer = setTimeout(() => setTyping(false), 8000);
      }
    });
    return () => {
      off();
      clearTimeout(typingTimer);
    };
  }, [socket, id, me]);

  const send = useCallback(
    (body: string, isPrivate: boolean) => {
      const clientId = crypto.randomUUID();
      setPending((p) => [...p, { clientId, body, private: isPrivate }]);
      socket.send({ conversationId: id, clientId, body, private: isPrivate });
    },
    [socket, id],
  );

  const retry = useCallback(
    (item: Pending) => {
      setPending((p) => p.filter((x) => x.clientId !== item.clientId));
      send(item.body, item.private);
    },
    [send],
  );

  const lastSeq = messages.at(-1)?.seq ?? 0;
  useReadReceipts(socket, id, messages);
  return {
    details,
    messages,
    loaded,
    error,
    pending,
    typing,
    send,
    retry,
    lastSeq,
    older,
    loadOlder,
  };
}

/**
 * Tells the customer "Seen": once the server has resumed this conversation on the socket (it
 * refuses read frames before), and whenever a newer customer message is on screen while the
 * page is visible.
 */
function useReadReceipts(socket: ConsoleSocket, id: string, messages: WireMessage[]) {
  const [resumed, setResumed] = useState(false);
  const sent = useRef(0);
  useEffect(() => {
    setResumed(false);
    sent.current = 0;
    return socket.listen((f: ServerFrame) => {
      if (f.t === 'resumed' && f.conversationId === id) setResumed(true);
    });
  }, [socket, id]);
  const lastFromCustomer = messages.findLast((m) => m.authorType === 'contact')?.seq ?? 0;
  useEffect(() => {
    const report = () => {
      if (!resumed || document.hidden || lastFromCustomer <= sent.current) return;
      sent.current = lastFromCustomer;
      socket.sendNow({ t: 'read', conversationId: id, seq: lastFromCustomer });
    };
    report();
    document.addEventListener('visibilitychange', report);
    return () => document.removeEventListener('visibilitychange', report);
  }, [socket, id, resumed, lastFromCustomer]);
}
