import type { Logger } from 'pino';
import webpush from 'web-push';
import { vapidKeys } from '../../core/push/vapid-keys.js';
import type { Db } from '../../db/db.js';
import {
  findPushTargets,
  recordPushResult,
  workspaceHasPush,
  type PushTargetRow,
} from '../../db/queries/push.js';
import type { ConversationEvent } from '../../shared/realtime.js';
import type { PushPayload } from '../../shared/schemas/push.js';

export interface PushNotifierOptions {
  db: Db;
  log: Logger;
  /** Someone with the console open is told by the open app (sound, notification), not by push. */
  isOnline: (workspaceId: string, userId: string) => boolean;
  /** Who we are to push services: a mailto: or https: URL (VAPID "subject"). */
  subject: string;
  /** A person hears about one conversation at most this often; the rest collapse into it. */
  quietMs?: number;
}

const PREVIEW_CHARS = 140;
const SEND_TIMEOUT_MS = 10_000;
// Whether a workspace has any subscription, remembered briefly: most workspaces have none, and
// a busy chat must not pay a query per message to find that out.
const HAS_PUSH_TTL_MS = 10_000;

/**
 * Web Push to the team's phones when a customer writes and the console is closed. Called only
 * for events that committed on this node, so each message is pushed once however many nodes run.
 */
export function createPushNotifier(options: PushNotifierOptions) {
  const quietMs = options.quietMs ?? 15_000;
  const lastTold = new Map<string, number>();
  const hasPush = new Map<string, { yes: Promise<boolean>; at: number }>();
  const inFlight = new Set<Promise<void>>();
  // The installation's key pair never changes once made: read it once, not for every push.
  let vapid: ReturnType<typeof vapidKeys> | undefined;

  // One lookup in flight per workspace: a burst of messages shares it instead of queueing a
  // query each behind the message writer.
  function workspaceWantsPush(workspaceId: string): Promise<boolean> {
    const known = hasPush.get(workspaceId);
    if (known && Date.now() - known.at < HAS_PUSH_TTL_MS) return known.yes;
    const yes = workspaceHasPush(options.db, workspaceId);
    hasPush.set(workspaceId, { yes, at: Date.now() });
    yes.catch(() => hasPush.delete(workspaceId));
    return yes;
  }

  // web-push encrypts and signs (RFC 8291, VAPID); we send with fetch, which also reaches a
  // local test push service over plain HTTP.
  async function send(target: PushTargetRow, payload: PushPayload, topic: string) {
    vapid ??= vapidKeys({ db: options.db }).catch((error: unknown) => {
      vapid = undefined; // a failed read is tried again with the next push
      throw error;
    });
    const keys = await vapid;
    let status = 0;
    try {
      const request = webpush.generateRequestDetails(
        { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
        JSON.stringify(payload),
        { vapidDetails: { subject: options.subject, ...keys }, TTL: 3600, urgency: 'high', topic },
      );
      const headers = { ...request.headers } as Record<string, string>;
      delete headers['Content-Length'];
      const res = await fetch(request.endpoint, {
        method: 'POST',
        headers,
        body: request.body ? new Uint8Array(request.body) : null,
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      status = res.status;
      await res.body?.cancel();
    } catch (error) {
      options.log.warn({ err: error }, 'web push could not be sent');
    }
    // 404/410: the browser unsubscribed or the subscription expired; it will never work again.
    const gone = status === 404 || status === 410;
    const sent = status >= 200 && status < 300;
    await recordPushResult(options.db, target.id, sent ? 'sent' : gone ? 'gone' : 'failed');
    if (!sent && !gone && status) options.log.warn({ status }, 'web push refused');
  }

  async function notify(event: ConversationEvent) {
    const frame = event.frame;
    if (frame.t !== 'message' || frame.message.authorType !== 'contact') return;
    if (!(await workspaceWantsPush(event.workspaceId))) return;
    const targets = await findPushTargets(options.db, event.workspaceId, event.conversationId);
    const now = Date.now();
    const due = targets.filter((t) => {
      if (options.isOnline(t.workspace_id, t.user_id)) return false;
      const key = `${t.user_id}:${event.conversationId}`;
      if (now - (lastTold.get(key) ?? 0) < quietMs) return false;
      lastTold.set(key, now);
      return true;
    });
    if (!due.length) return;
    const who = due[0]!.contact_name ?? 'A customer';
    const body = frame.message.body;
    const payload: PushPayload = {
      title: `${who} wrote`,
      body: body.length > PREVIEW_CHARS ? `${body.slice(0, PREVIEW_CHARS - 1)}…` : body,
      url: `/console/conversations/${event.conversationId}`,
      tag: event.conversationId,
    };
    // The push service keeps only the newest pending push per topic (32 URL-safe characters).
    const topic = event.conversationId.replaceAll('-', '');
    await Promise.all(due.map((t) => send(t, payload, topic)));
  }

  return {
    /** Looks at a committed event; never throws, never delays the caller. */
    consider(event: ConversationEvent) {
      if (event.frame.t !== 'message' || event.frame.message.authorType !== 'contact') return;
      const job = notify(event)
        .catch((error: unknown) => options.log.warn({ err: error }, 'web push skipped'))
        .finally(() => inFlight.delete(job));
      inFlight.add(job);
    },
    /** Sends a notice other than a customer's message to these devices; never throws. */
    pushTo(targets: PushTargetRow[], payload: PushPayload, topic: string) {
      const job = Promise.all(targets.map((t) => send(t, payload, topic)))
        .then(() => undefined)
        .catch((error: unknown) => options.log.warn({ err: error }, 'web push skipped'))
        .finally(() => inFlight.delete(job));
      inFlight.add(job);
    },
    /** Forget what we know about a workspace's subscriptions (one was added or removed here). */
    forget(workspaceId: string) {
      hasPush.delete(workspaceId);
    },
    async drain() {
      await Promise.allSettled([...inFlight]);
    },
  };
}

export type PushNotifier = ReturnType<typeof createPushNotifier>;
