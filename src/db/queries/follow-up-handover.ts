import type { Db } from '../db.js';

/**
 * Gives the open follow-up of a routed text's survey answer to the person routing chose, or to
 * the member of the chosen team with the fewest open follow-ups (unless its owner is already in
 * that team). Returns the new owner's id, or nothing when nothing changed.
 */
export async function handFollowUpOfText(
  tx: Db,
  workspaceId: string,
  textId: number,
  to: { userId: string | null; teamId: string | null },
  now: Date,
): Promise<string | undefined> {
  const [row] = await tx.query<{ owner_id: string }>(
    `with f as (
       select fu.id, fu.owner_id from feedback_follow_ups fu
         join feedback_texts ft on ft.workspace_id = fu.workspace_id
          and ft.response_id = fu.response_id
        where ft.workspace_id = $1 and ft.id = $2 and fu.status in ('open', 'contacted')
     ),
     target as (
       select m.user_id from memberships m
        where m.workspace_id = $1 and m.user_id = $3::uuid and m.role <> 'champion'
       union all
       (select tm.user_id from team_members tm
          left join feedback_follow_ups o on o.workspace_id = tm.workspace_id
           and o.owner_id = tm.user_id and o.status in ('open', 'contacted')
         where tm.workspace_id = $1 and tm.team_id = $4::uuid
           and not exists (select 1 from f join team_members held on held.team_id = tm.team_id
                            and held.user_id = f.owner_id)
         group by tm.user_id
         order by count(o.id), tm.user_id
         limit 1)
     )
     update feedback_follow_ups set owner_id = (select user_id from target limit 1),
       updated_at = $5
      where workspace_id = $1 and id = (select id from f)
        and exists (select 1 from target)
        and owner_id <> (select user_id from target limit 1)
      returning owner_id`,
    [workspaceId, textId, to.userId, to.teamId, now],
  );
  return row?.owner_id;
}
