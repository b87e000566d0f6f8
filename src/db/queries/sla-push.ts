import type { Db } from '../db.js';
import type { PushTargetRow } from './push.js';

/**
 * The devices to tell that a conversation's SLA is close to or past due: its assignee's, or the
 * owners' and admins' (the supervisors) when nobody holds it.
 */
export async function findSlaPushTargets(
  db: Db,
  workspaceId: string,
  conversationId: string,
): Promise<PushTargetRow[]> {
  return db.query<PushTargetRow>(
    `select s.id, s.workspace_id, s.user_id, s.endpoint, s.p256dh, s.auth,
            ct.name as contact_name, c.subject
       from conversations c
       join push_subscriptions s on s.workspace_id = c.workspace_id
       join memberships m on m.workspace_id = s.workspace_id and m.user_id = s.user_id
       left join contacts ct on ct.id = c.contact_id and ct.workspace_id = c.workspace_id
      where c.workspace_id = $1 and c.id = $2
        and case when c.assignee_id is not null then s.user_id = c.assignee_id
                 else m.role in ('owner', 'admin') end`,
    [workspaceId, conversationId],
  );
}
