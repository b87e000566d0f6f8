import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Bus, PresenceNote } from './bus.js';
import type { ConversationEvent } from './hub.js';

const CHANNEL = 'parley:events';

type Envelope =
  { node: string; event: ConversationEvent } | { node: string; presence: PresenceNote };

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
  const presenceHandlers: ((note: PresenceNote, from: string) => void)[] = [];
  const deliver = (event: ConversationEvent) => handlers.forEach((h) => h(event));
  // Fire and forget: delivery to other nodes is best effort; clients resume from the stored
  // sequence after a reconnect, so a lost pub/sub message is never a lost message, and
  // presence is announced again periodically.
  const send = (envelope: Envelope) =>
    void pub.publish(channel, JSON.stringify(envelope)).catch(() => {});

  sub.on('message', (_channel: string, raw: string) => {
    const envelope = parse(raw);
    if (!envelope || envelope.node === node) return;
    if ('event' in envelope) deliver(envelope.event);
    else presenceHandlers.forEach((h) => h(envelope.presence, envelope.node));
  });
  await sub.subscribe(channel);

  return {
    publish(event) {
      deliver(event);
      send({ node, event });
    },
    onEvent: (handler) => void handlers.push(handler),
    announce: (presence) => send({ node, presence }),
    onPresence: (handler) => void presenceHandlers.push(handler),
    async close() {
      await Promise.allSettled([sub.quit(), pub.quit()]);
    },
  };
}

function parse(raw: string): Envelope | undefined {
  try {
    const value = JSON.parse(raw) as Partial<Record<'node' | 'event' | 'presence', unknown>>;
    if (typeof value?.node !== 'string') return undefined;
    return value.event || value.presence ? (value as Envelope) : undefined;
  } catch {
    return undefined;
  }
}
