import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Bus } from './bus.js';
import type { ConversationEvent } from './hub.js';

const CHANNEL = 'parley:events';

interface Envelope {
  node: string;
  event: ConversationEvent;
}

/**
 * Redis pub/sub between nodes. Local handlers get an event synchronously; other nodes get it
 * through Redis, and a node ignores its own echo so nothing is delivered twice.
 */
export async function createRedisBus(
  url: string,
  options: { channel?: string } = {},
): Promise<Bus> {
  const channel = options.channel ?? CHANNEL;
  const node = randomUUID();
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const sub = new Redis(url, { lazyConnect: true });
  await Promise.all([pub.connect(), sub.connect()]);
  const handlers: ((event: ConversationEvent) => void)[] = [];
  const deliver = (event: ConversationEvent) => handlers.forEach((h) => h(event));

  sub.on('message', (_channel: string, raw: string) => {
    const envelope = parse(raw);
    if (envelope && envelope.node !== node) deliver(envelope.event);
  });
  await sub.subscribe(channel);

  return {
    publish(event) {
      deliver(event);
      const envelope: Envelope = { node, event };
      // Fire and forget: delivery to other nodes is best effort; clients resume from the
      // stored sequence after a reconnect, so a lost pub/sub message is never a lost message.
      pub.publish(channel, JSON.stringify(envelope)).catch(() => {});
    },
    onEvent: (handler) => void handlers.push(handler),
    async close() {
      await Promise.allSettled([sub.quit(), pub.quit()]);
    },
  };
}

function parse(raw: string): Envelope | undefined {
  try {
    const value = JSON.parse(raw) as Envelope;
    return typeof value?.node === 'string' && value.event ? value : undefined;
  } catch {
    return undefined;
  }
}
