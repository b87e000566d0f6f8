import type { Db } from '../db.js';

export interface AgentProfileRow {
  user_id: string;
  name: string;
  role: string;
  skills: Record<string, number>;
  capacity: Record<string, number>;
  status: 'available' | 'away';
  status_changed_at: Date;
  team_ids: string[];
}

/**
 * Every member who can be routed work (not champions: they are paid per session and routed
 * separately), with their profile; members without a saved profile get the defaults.
 */
export async function listAgentProfiles(db: Db, workspaceId: string): Promise<AgentProfileRow[]> {
  return db.query<AgentProfileRow>(
    `select m.user_id, u.name, m.role,
       coalesce(p.skills, '{}'::jsonb) as skills,
       coalesce(p.capacity, '{"chat": 3, "email": 5, "voice": 1}'::jsonb) as capacity,
       coalesce(p.status, 'available') as status,
       coalesce(p.status_changed_at, m.created_at) as status_changed_at,
       coalesce(array(select tm.team_id from team_members tm
         where tm.workspace_id = m.workspace_id and tm.user_id = m.user_id order by tm.team_id),
         '{}') as team_ids
     from memberships m
     join users u on u.id = m.user_id
     left join agent_profiles p on p.workspace_id = m.workspace_id and p.user_id = m.user_id
     where m.workspace_id = $1 and m.role <> 'champion'
     order by m.created_at`,
    [workspaceId],
  );
}

export async function saveAgentProfile(
  db: Db,
  workspaceId: string,
  userId: string,
  p: { skills: Record<string, number>; capacity: Record<string, number> },
): Promise<void> {
  await db.query(
    `insert into agent_profiles (workspace_id, user_id, skills, capacity) values ($1, $2, $3, $4)
     on conflict (workspace_id, user_id) do update
       set skills = excluded.skills, capacity = excluded.capacity`,
    [workspaceId, userId, JSON.stringify(p.skills), JSON.stringify(p.capacity)],
  );
}

export async function saveAgentStatus(
  db: Db,
  workspaceId: string,
  userId: string,
  status: 'available' | 'away',
): Promise<void> {
  await db.query(
    `insert into agent_profiles (workspace_id, user_id, status, status_changed_at)
     values ($1, $2, $3, now())
     on conflict (workspace_id, user_id) do update
       set status = excluded.status, status_changed_at = now()
       where agent_profiles.status <> excluded.status`,
    [workspaceId, userId, status],
  );
}
