import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/** Closer than this to the bottom counts as "at the bottom": new messages scroll into view. */
const NEAR_BOTTOM_PX = 80;

/**
 * Scrolling for a chat history whose own box scrolls. It follows new messages while the reader
 * is at the bottom (or has just sent one), and when older messages are put above, it keeps the
 * message that was first in place, so the reader does not lose their spot.
 */
export function useHistoryScroll(at: {
  oldest: number;
  newest: number;
  pending: number;
  typing: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  const end = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const sentBefore = useRef(at.pending);
  const anchor = useRef<{ seq: string; offset: number } | undefined>(undefined);

  const offsetOf = (el: Element) =>
    el.getBoundingClientRect().top - box.current!.getBoundingClientRect().top;

  /** Notes where the first message sits now; called before older ones are asked for. */
  const holdPlace = () => {
    const first = box.current?.querySelector<HTMLElement>('[data-seq]');
    anchor.current = first ? { seq: first.dataset.seq!, offset: offsetOf(first) } : undefined;
  };

  const onScroll = () => {
    const el = box.current;
    if (!el) return;
    atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    // The reader scrolled while the page was loading: keep what they look at now instead.
    if (anchor.current) holdPlace();
  };

  // Before paint, so the reader never sees the history jump.
  useLayoutEffect(() => {
    const held = anchor.current;
    const first = held && box.current?.querySelector(`[data-seq="${held.seq}"]`);
    if (!held || !first) return;
    anchor.current = undefined;
    box.current!.scrollTop += offsetOf(first) - held.offset;
  }, [at.oldest]);

  useEffect(() => {
    const sent = at.pending > sentBefore.current;
    sentBefore.current = at.pending;
    if (atBottom.current || sent) end.current?.scrollIntoView({ block: 'end' });
  }, [at.newest, at.pending, at.typing]);

  return { box, end, onScroll, holdPlace };
}
