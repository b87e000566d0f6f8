import type { Logger } from 'pino';
import { catchUp } from '../core/conversations/catch-up.js';
import { conversationFor } from '../core/conversations/access.js';
import type { ConversationDeps, Participant } from '../core/conversations/realtime-deps.js';
import { sendMessage } from '../core/conversations/send-message.js';
import { AppError } from '../core/errors.js';
import { parseClientFrame, type ClientFrame, type ServerFrame } from '../shared/realtime.js';
import type { Bus } from './bus.js';
import { createConversationStream } from './conversation-stream.js';
import type { Hub, Subscriber } from './hub.js';
import type { Presence } from './presence.js';
import type { QueueAnnouncer } from './queue-announcer.js';
import { createTokenBucket } from './rate-limiter.js';

export interface SocketSessionDeps {
  core: ConversationDeps;
  hub: Hub;
  bus: Bus;
  presence: Presence;
  queue?: QueueAnnouncer;
  log: Logger;
  /** Per-socket frame limit: a burst, then a steady rate per second. */
  frameLimit: { burst: number; perSecond: number };
}

/**
 * Everything one connected socket may do. Every frame is validated; a bad frame gets an error
 * frame back and never reaches core; nothing a client sends can crash the process.
 */
export function createSocketSession(
  deps: SocketSessionDeps,
  who: Participant,
  send: (frame: ServerFrame) => void,
) {
  const audience = who.kind === 'agent' ? 'agent' : 'customer';
  const streams = new Map<
    string,
    { stream: ReturnType<typeof createConversationStream>; sub: Subscriber }
  >();
  const bucket = createTokenBucket(deps.frameLimit.burst, deps.frameLimit.perSecond);
  // Agents see their workspace's inbox move live; customers only their own conversations.
  const inbox: Subscriber = { audience, workspaceId: who.workspaceId, send };
  deps.hub.watchWorkspace(inbox);
  // Agents count as online while a console socket is open; customers learn whether anyone is.
  const leavePresence =
    who.kind === 'agent' ? deps.presence.connect(who.workspaceId, who.userId) : undefined;
  if (who.kind === 'contact')
    send({ t: 'presence', agentsOnline: deps.presence.agentsOnline(who.workspaceId) });
  const fail = (error: unknown, clientId?: string) => {
    const known = error instanceof AppError;
    if (!known) deps.log.error({ err: error }, 'socket frame failed');
    send({
      t: 'error',
      code: known ? error.code : 'internal',
      message: known ? error.message : 'Something went wrong on our side. It has been logged.',
      ...(clientId ? { clientId } : {}),
      ...(known && error.extra.retryAfterSeconds
        ? { retryAfterSeconds: error.extra.retryAfterSeconds }
        : {}),
    });
  };

  async function resume(conversationId: string, afterSeq: number) {
    let entry = streams.get(conversationId);
    if (!entry) {
      await conversationFor(deps.core, who, conversationId);
      const stream = createConversationStream(send);
      const sub: Subscriber = {
        audience,
        workspaceId: who.workspaceId,
        send: (f) => stream.live(f),
      };
      entry = { stream, sub };
      streams.set(conversationId, entry);
      deps.hub.join(conversationId, sub);
    } else entry.stream.restart();
    const missed = await catchUp(deps.core, who, { conversationId, afterSeq });
    entry.stream.caughtUp(
      afterSeq,
      missed.messages.map((message) => ({ t: 'message', message })),
    );
    send({ t: 'resumed', conversationId, lastSeq: missed.lastSeq });
    // A customer learns their place in line, or who has their conversation, as they (re)join.
    if (who.kind === 'contact') deps.queue?.refresh(who.workspaceId, conversationId);
  }

  async function handle(frame: ClientFrame) {
    switch (frame.t) {
      case 'ping':
        return send({ t: 'pong' });
      case 'resume':
        return resume(frame.conversationId, frame.afterSeq);
      case 'send': {
        const stored = await sendMessage(deps.core, who, frame);
        return send({
          t: 'ack',
          conversationId: frame.conversationId,
          clientId: frame.clientId,
          seq: stored.message.seq,
          duplicate: stored.duplicate,
        });
      }
      case 'typing':
      case 'read': {
        if (!streams.has(frame.conversationId))
          throw new AppError('not_found', 'Resume the conversation first.');
        const side = who.kind === 'agent' ? 'agent' : 'contact';
        const out: ServerFrame =
          frame.t === 'typing'
            ? { t: 'typing', conversationId: frame.conversationId, who: side, on: frame.on }
            : { t: 'read', conversationId: frame.conversationId, who: side, seq: frame.seq };
        return deps.bus.publish({
          workspaceId: who.workspaceId,
          conversationId: frame.conversationId,
          internal: false,
          frame: out,
        });
      }
    }
  }

  return {
    /** Called with every raw frame the socket receives. */
    async receive(raw: string) {
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        json = undefined;
      }
      const given = (json as { clientId?: unknown } | undefined)?.clientId;
      const clientId = typeof given === 'string' ? given.slice(0, 64) : undefined;
      // Refused sends name their client id, so the client knows to send that one again later.
      if (!bucket.take()) {
        const error = new AppError(
          'rate_limited',
          'Too many messages at once. Slow down and try again in a few seconds.',
          { retryAfterSeconds: 1 },
        );
        return fail(error, clientId);
      }
      if (json === undefined)
        return fail(new AppError('invalid_input', 'Each frame must be one JSON object.'));
      const parsed = parseClientFrame(json);
      if (!parsed.success) {
        const detail = parsed.error.issues
          .map((i) => `${i.path.join('.') || 'frame'}: ${i.message}`)
          .join('; ');
        return fail(new AppError('invalid_input', `Invalid frame (${detail}).`), clientId);
      }
      try {
        await handle(parsed.data);
      } catch (error) {
        fail(error, parsed.data.t === 'send' ? parsed.data.clientId : undefined);
      }
    },
    close() {
      leavePresence?.();
      deps.hub.leaveAll(inbox);
      for (const [id, { sub }] of streams) deps.hub.leave(id, sub);
      streams.clear();
    },
  };
}
