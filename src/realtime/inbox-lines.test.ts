import { describe, expect, it } from 'vitest';
import type { ServerFrame } from '../shared/realtime.js';
import type { ConversationEvent } from './hub.js';
import { coalesceInboxLines } from './inbox-lines.js';

const line = (
  conversationId: string,
  lastSeq: number,
  authorType: 'contact' | 'agent' = 'contact',
): ConversationEvent => ({
  workspaceId: 'w1',
  conversationId,
  internal: true,
  inbox: true,
  frame: {
    t: 'inbox',
    conversationId,
    lastSeq,
    preview: `message ${lastSeq}`,
    authorType,
    private: false,
    at: new Date(0).toISOString(),
  },
});

const tick = () => new Promise((resolve) => setImmediate(resolve));

function recorder() {
  const seen: ConversationEvent[] = [];
  return { seen, publish: coalesceInboxLines((event) => seen.push(event)) };
}

const seqs = (events: ConversationEvent[]) =>
  events.map((e) => {
    const f = e.frame as Extract<ServerFrame, { t: 'inbox' }>;
    return `${f.conversationId}:${f.lastSeq}:${f.authorType}`;
  });

describe('inbox lines', () => {
  it('sends only the newest line of each conversation written in one tick', async () => {
    const { seen, publish } = recorder();
    for (let seq = 1; seq <= 5; seq++) publish(line('a', seq));
    publish(line('b', 1));
    publish(line('b', 2));
    expect(seen).toEqual([]);
    await tick();
    expect(seqs(seen)).toEqual(['a:5:contact', 'b:2:contact']);
  });

  it("keeps a customer's line when the team writes in the same tick, newest last", async () => {
    const { seen, publish } = recorder();
    publish(line('a', 1, 'contact'));
    publish(line('a', 2, 'agent'));
    await tick();
    expect(seqs(seen)).toEqual(['a:1:contact', 'a:2:agent']);
    seen.length = 0;
    publish(line('a', 3, 'agent'));
    publish(line('a', 4, 'contact'));
    await tick();
    // The console ends on the customer's message, the newest.
    expect(seqs(seen)).toEqual(['a:3:agent', 'a:4:contact']);
  });

  it('sends every line when each comes in a tick of its own', async () => {
    const { seen, publish } = recorder();
    publish(line('a', 1));
    await tick();
    publish(line('a', 2));
    await tick();
    expect(seqs(seen)).toEqual(['a:1:contact', 'a:2:contact']);
  });

  it('passes every other event through at once and in order', () => {
    const { seen, publish } = recorder();
    const message: ConversationEvent = {
      workspaceId: 'w1',
      conversationId: 'a',
      internal: false,
      frame: { t: 'typing', conversationId: 'a', who: 'contact', on: true },
    };
    publish(message);
    publish({ ...message, inbox: true });
    expect(seen).toEqual([message, { ...message, inbox: true }]);
  });

  it('keeps workspaces apart even for the same conversation id', async () => {
    const { seen, publish } = recorder();
    publish(line('a', 1));
    publish({ ...line('a', 7), workspaceId: 'w2' });
    await tick();
    expect(seen.map((e) => e.workspaceId)).toEqual(['w1', 'w2']);
  });
});
