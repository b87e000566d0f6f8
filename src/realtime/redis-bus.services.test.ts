import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ConversationEvent } from './hub.js';
import { createRedisBus } from './redis-bus.js';

// Runs in the services project only (see vitest.config.ts), where Redis must be there.
const url = process.env.TEST_REDIS_URL;

const event = (): ConversationEvent => ({
  workspaceId: randomUUID(),
  conversationId: randomUUID(),
  internal: false,
  frame: { t: 'typing', conversationId: randomUUID(), who: 'contact', on: true },
});

async function until(check: () => boolean, ms = 3000) {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
}

describe('the Redis bus between two nodes', () => {
  it('delivers an event published on node A exactly once on node B and exactly once on A', async () => {
    if (!url) throw new Error('TEST_REDIS_URL is not set: the services tests need Redis.');
    const channel = `parley:test:${randomUUID()}`;
    const a = await createRedisBus(url, { channel });
    const b = await createRedisBus(url, { channel });
    try {
      const onA: ConversationEvent[] = [];
      const onB: ConversationEvent[] = [];
      a.onEvent((e) => onA.push(e));
      b.onEvent((e) => onB.push(e));
      const sent = event();
      a.publish(sent);
      await until(() => onB.length > 0);
      await new Promise((r) => setTimeout(r, 100));
      expect(onB).toEqual([sent]);
      expect(onA).toEqual([sent]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
