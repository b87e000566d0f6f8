import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { InboxConversation, ServerFrame } from '../shared/realtime.js';
import type { Api, ApiError } from './api.js';
import { beep, loadSeen, notify, saveSeen } from './attention.js';
import type { ConsoleSocket } from './realtime.js';
import { withSla } from './sla-badge.js';

export const VIEWS = ['mine', 'unassigned', 'open', 'resolved'] as const;
export type View = (typeof VIEWS)[number];
export type Counts = Record<View, number>;

export interface Preview {
  text: string;
  authorType: string;
  private: boolean;
}

interface Loaded {
  conversations: InboxConversation[];
  counts: Counts;
}

/**
 * One inbox view kept live: the list and counts from the server, then inbox and conversation
 * frames move rows, previews and counts in place; anything the page cannot work out alone
 * (a new conversation, a row leaving a view) triggers a quiet reload of the list.
 */
export function useInbox(
  api: Api,
  socket: ConsoleSocket,
  userId: string,
  onOpen: (id: string) => void,
) {
  const [view, setView] = useState<View>('unassigned');
  const [query, setQuery] = useState('');
  const [data, setData] = useState<Loaded>();
  const [error, setError] = useState<ApiError>();
  const [previews, setPreviews] = useState<Record<string, Preview>>({});
  const [seen, setSeen] = useState<Record<string, number>>(() => loadSeen(userId));
  const [known, setKnown] = useState<Record<string, InboxConversation>>({});
  const dataRef = useRef(data);
  dataRef.current = data;
  const current = useRef({ view, query });
  current.current = { view, query };
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Only list rows carry `sla`; a row without it (a `conversation` frame) keeps the one known.
  const remember = useCallback((list: InboxConversation[]) => {
    setKnown((k) => ({
      ...k,
      ...Object.fromEntries(
        list.map((c) => [c.id, c.sla === undefined && k[c.id] ? { ...c, sla: k[c.id]!.sla } : c]),
      ),
    }));
  }, []);

  const load = useCallback(async () => {
    const { view: v, query: q } = current.current;
    const search = q.trim() ? `&q=${encodeURIComponent(q.trim())}` : '';
    const result = await api.get<Loaded>(`/conversations?view=${v}&limit=100${search}`);
    if (current.current.view !== v || current.current.query !== q) return;
    if (!result.ok) return setError(result.error);
    setError(undefined);
    setData(result.data);
    remember(result.data.conversations);
  }, [api, remember]);

  const reloadSoon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void load(), 150);
  }, [load]);

  useEffect(() => {
    // Typing in the search box waits for a pause; switching views loads at once.
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void load(), query ? 250 : 0);
  }, [view, query, load]);

  // Every reconnect may have missed frames: reload the list.
  useEffect(() => socket.onOnline((on) => on && reloadSoon()), [socket, reloadSoon]);

  useEffect(() => {
    const onFrame = (frame: ServerFrame) => {
      if (frame.t === 'conversation') {
        remember([frame.conversation]);
        reloadSoon();
      }
      if (frame.t === 'sla.updated' || frame.t === 'sla.warning' || frame.t === 'sla.breached') {
        // Before the first list arrives, a frame has nothing to update and the list may be older.
        if (!dataRef.current) reloadSoon();
        const { conversationId: id, sla } = frame;
        setKnown((k) => (k[id] ? { ...k, [id]: { ...k[id]!, sla } } : k));
        return setData((d) => withSla(d, id, sla));
      }
      if (frame.t !== 'inbox') return;
      const { conversationId: id, lastSeq, at } = frame;
      setPreviews((p) => ({
        ...p,
        [id]: { text: frame.preview, authorType: frame.authorType, private: frame.private },
      }));
      const listed = dataRef.current?.conversations.some((c) => c.id === id);
      setData((d) => {
        const row = d?.conversations.find((c) => c.id === id);
        if (!d || !row) return d;
        const moved = { ...row, lastSeq: Math.max(row.lastSeq, lastSeq), updatedAt: at };
        return { ...d, conversations: [moved, ...d.conversations.filter((c) => c.id !== id)] };
      });
      if (!listed) reloadSoon();
      if (frame.authorType === 'contact' && document.hidden) {
        beep();
        notify('New customer message', frame.preview, () => onOpen(id));
      }
    };
    return socket.listen(onFrame);
  }, [socket, remember, reloadSoon, onOpen]);

  const markSeen = useCallback(
    (id: string, seq: number) => {
      setSeen((s) => {
        if ((s[id] ?? 0) >= seq) return s;
        const next = { ...s, [id]: seq };
        saveSeen(userId, next);
        return next;
      });
    },
    [userId],
  );

  return {
    view,
    setView,
    query,
    setQuery,
    data,
    error,
    previews,
    seen,
    known,
    remember,
    markSeen,
    reload: reloadSoon,
  };
}

export type InboxState = ReturnType<typeof useInbox>;
