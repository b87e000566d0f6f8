import { randomUUID } from 'node:crypto';
import {
  countPushSubscriptions,
  deletePushSubscription,
  upsertPushSubscription,
} from '../../db/queries/push.js';
import type { PushStatusView, PushSubscriptionInput } from '../../shared/schemas/push.js';
import type { Actor } from '../auth/resolve-session.js';
import type { CoreDeps } from '../deps.js';
import { vapidKeys } from './vapid-keys.js';

/** What the console needs to offer notifications on this device. */
export async function pushStatus(
  deps: Pick<CoreDeps, 'db'>,
  actor: Actor,
): Promise<PushStatusView> {
  const [{ publicKey }, subscriptions] = await Promise.all([
    vapidKeys(deps),
    countPushSubscriptions(deps.db, actor.workspaceId, actor.member.id),
  ]);
  return { publicKey, subscriptions };
}

export async function subscribeToPush(
  deps: Pick<CoreDeps, 'db'>,
  actor: Actor,
  input: PushSubscriptionInput,
  userAgent: string | undefined,
): Promise<void> {
  await upsertPushSubscription(deps.db, {
    id: randomUUID(),
    workspace_id: actor.workspaceId,
    user_id: actor.member.id,
    endpoint: input.endpoint,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    user_agent: userAgent?.slice(0, 300) ?? null,
  });
}

/** Forgetting an unknown endpoint is not an error: the device is unsubscribed either way. */
export async function unsubscribeFromPush(
  deps: Pick<CoreDeps, 'db'>,
  actor: Actor,
  endpoint: string,
): Promise<void> {
  await deletePushSubscription(deps.db, actor.workspaceId, actor.member.id, endpoint);
}
