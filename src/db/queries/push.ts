import type { Db } from '../db.js';

export interface PushSubscriptionRow {
  id: string;
  workspace_id: string;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** Whom to notify of a customer's message in one conversation, with what they need to say so. */
export interface PushTargetRow extends PushSubscriptionRow {
  contact_name: string | null;
  subject: string | null;
}

/** One browser, one subscription: a browser that subscribes again (or for someone else) moves it. */
export async function upsertPushSubscription(
  db: Db,
  s: PushSubscriptionRow & { user_agent: string | null },
): Promise<void> {
  await db.query(
    `insert into push_subscriptions (id, workspace_id, user_id, endpoint, p256dh, auth, user_agent)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (endpoint) do update set workspace_id = excluded.workspace_id,
       user_id = excluded.user_id, p256dh = excluded.p256dh, auth = excluded.auth,
       user_agent = excluded.user_agent, failures = 0`,
    [s.id, s.workspace_id, s.user_id, s.endpoint, s.p256dh, s.auth, s.user_agent],
  );
}

export async function deletePushSubscription(
  db: Db,
  workspaceId: string,
  userId: string,
  endpoint: string,
): Promise<number> {
  const rows = await db.query<{ id: string }>(
    `delete from push_subscriptions where workspace_id = $1 and user_id = $2 and endpoint = $3
     returning id`,
    [workspaceId, userId, endpoint],
  );
  return rows.length;
}

export async function countPushSubscriptions(
  db: Db,
  workspaceId: string,
  userId: string,
): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'select count(*)::int as n from push_subscriptions where workspace_id = $1 and user_id = $2',
    [workspaceId, userId],
  );
  return row?.n ?? 0;
}

/**
 * Who is told about a conversation by push:
 * - `team`: of a customer's message, the assignee if there is one, otherwise everyone who
 *   answers customers (champions get their own routing); nobody while the bot answers.
 * - `supervisors`: the owners and admins (a conversation waited past the queue's budget).
 * - `owing`: whoever owes the reply (an SLA is near or past due): the assignee, or the
 *   supervisors while nobody holds it.
 */
export type PushAudience = 'team' | 'supervisors' | 'owing';

const AUDIENCE: Record<PushAudience, string> = {
  team: `c.owner <> 'bot' and m.role in ('owner', 'admin', 'agent')
         and (c.assignee_id is null or c.assignee_id = s.user_id)`,
  supervisors: `m.role in ('owner', 'admin')`,
  owing: `case when c.assignee_id is not null then s.user_id = c.assignee_id
               else m.role in ('owner', 'admin') end`,
};

/** The devices of `audience` for one conversation, with the customer's name and the subject. */
export async function findPushTargets(
  db: Db,
  workspaceId: string,
  conversationId: string,
  audience: PushAudience = 'team',
): Promise<PushTargetRow[]> {
  return db.query<PushTargetRow>(
    `select s.id, s.workspace_id, s.user_id, s.endpoint, s.p256dh, s.auth,
            ct.name as contact_name, c.subject
       from conversations c
       join push_subscriptions s on s.workspace_id = c.workspace_id
       join memberships m on m.workspace_id = s.workspace_id and m.user_id = s.user_id
       left join contacts ct on ct.id = c.contact_id and ct.workspace_id = c.workspace_id
      where c.workspace_id = $1 and c.id = $2 and ${AUDIENCE[audience]}`,
    [workspaceId, conversationId],
  );
}

/** Whether a workspace has any subscription at all (most messages need no lookup beyond this). */
export async function workspaceHasPush(db: Db, workspaceId: string): Promise<boolean> {
  const rows = await db.query('select 1 from push_subscriptions where workspace_id = $1 limit 1', [
    workspaceId,
  ]);
  return rows.length > 0;
}

export async function recordPushResult(
  db: Db,
  id: string,
  result: 'sent' | 'failed' | 'gone',
): Promise<void> {
  if (result === 'gone') await db.query('delete from push_subscriptions where id = $1', [id]);
  else if (result === 'sent')
    await db.query(
      'update push_subscriptions set last_sent_at = now(), failures = 0 where id = $1',
      [id],
    );
  else await db.query('update push_subscriptions set failures = failures + 1 where id = $1', [id]);
}
