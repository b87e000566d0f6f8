import type { InboxConversation } from '../shared/realtime.js';
import { slaStateAt, type SlaBadge } from '../shared/sla-labels.js';

/** "due in 12 min", "due in 3 h": how long until the due time, never less than a minute. */
export function dueIn(dueAt: string, now: number): string {
  const minutes = Math.max(1, Math.ceil((Date.parse(dueAt) - now) / 60_000));
  if (minutes < 120) return `due in ${minutes} min`;
  return `due in ${Math.round(minutes / 60)} h`;
}

/**
 * The inbox's SLA highlight, in words as well as colour: "SLA breached", or "SLA due in 12 min"
 * inside the warning window. A clock with time to spare shows nothing.
 */
export function SlaBadgeView({ sla, now }: { sla: SlaBadge | null | undefined; now: number }) {
  if (!sla) return null;
  const state = slaStateAt(sla, now);
  if (state === 'ok') return null;
  return (
    <span class={`badge sla-${state}`} data-sla={state}>
      {state === 'breached' ? 'SLA breached' : `SLA ${dueIn(sla.dueAt, now)}`}
    </span>
  );
}

/** A list with one conversation's SLA replaced (from an `sla.*` frame); others unchanged. */
export function withSla<T extends { conversations: InboxConversation[] }>(
  data: T | undefined,
  conversationId: string,
  sla: SlaBadge | null,
): T | undefined {
  if (!data?.conversations.some((c) => c.id === conversationId)) return data;
  return {
    ...data,
    conversations: data.conversations.map((c) => (c.id === conversationId ? { ...c, sla } : c)),
  };
}
