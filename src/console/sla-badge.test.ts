import { describe, expect, it } from 'vitest';
import type { InboxConversation } from '../shared/realtime.js';
import { dueIn, withSla } from './sla-badge.js';

const NOW = Date.parse('2026-01-05T10:00:00Z');

describe('the inbox SLA badge', () => {
  it('says how long until the due time in minutes, then hours, never less than a minute', () => {
    expect(dueIn('2026-01-05T10:12:00Z', NOW)).toBe('due in 12 min');
    expect(dueIn('2026-01-05T10:00:20Z', NOW)).toBe('due in 1 min');
    expect(dueIn('2026-01-05T13:00:00Z', NOW)).toBe('due in 3 h');
  });

  it('a live SLA frame changes only its own conversation’s row', () => {
    const row = (id: string) => ({ id, sla: null }) as unknown as InboxConversation;
    const data = { conversations: [row('a'), row('b')] };
    const sla = {
      metric: 'first_response' as const,
      state: 'breached' as const,
      dueAt: '2026-01-05T10:00:00Z',
      warnAt: null,
    };
    expect(withSla(data, 'b', sla)?.conversations.map((c) => c.sla)).toEqual([null, sla]);
    expect(withSla(data, 'elsewhere', sla)).toBe(data);
    expect(withSla(undefined, 'a', sla)).toBeUndefined();
  });
});
