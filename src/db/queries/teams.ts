import type { Db } from '../db.js';

export interface TeamRow {
  id: string;
  workspace_id: string;
  name: string;
  required_skills: Record<string, number>;
  business_hours: unknown;
  member_ids: string[];
}

const TEAM_COLUMNS = `t.id, t.workspace_id, t.name, t.required_skills, t.business_hours,
  coalesce(array(select m.user_id from team_members m where m.team_id = t.id order by m.user_id),
    '{}') as member_ids`;

export async function listTeams(db: Db, workspaceId: string): Promise<TeamRow[]> {
  return db.query<TeamRow>(
    `select ${TEAM_COLUMNS} from teams t where t.workspace_id = $1 order by lower(t.name)`,
    [workspaceId],
  );
}

export async function findTeam(
  db: Db,
  workspaceId: string,
  teamId: string,
): Promise<TeamRow | undefined> {
  const [row] = await db.query<TeamRow>(
    `select ${TEAM_COLUMNS} from teams t where t.workspace_id = $1 and t.id = $2`,
    [workspaceId, teamId],
  );
  return row;
}

/** A new team, or undefined when the workspace already has a team of that name. */
export async function insertTeam(
  db: Db,
  t: { id: string; workspace_id: string; name: string; required_skills: Record<string, number> },
): Promise<boolean> {
  const rows = await db.query(
    `insert into teams (id, workspace_id, name, required_skills) values ($1, $2, $3, $4)
     on conflict (workspace_id, lower(name)) do nothing returning id`,
    [t.id, t.workspace_id, t.name, JSON.stringify(t.required_skills)],
  );
  return rows.length > 0;
}

/** 'missing' when there is no such team here; 'taken' when another team has the name. */
export async function updateTeam(
  db: Db,
  t: { id: string; workspace_id: string; name: string; required_skills: Record<string, number> },
): Promise<'ok' | 'missing' | 'taken'> {
  const [clash] = await db.query(
    'select 1 from teams where workspace_id = $1 and lower(name) = lower($2) and id <> $3',
    [t.workspace_id, t.name, t.id],
  );
  if (clash) return 'taken';
  const rows = await db.query(
    `update teams set name = $3, required_skills = $4 where workspace_id = $1 and id = $2
     returning id`,
    [t.workspace_id, t.id, t.name, JSON.stringify(t.required_skills)],
  );
  return rows.length ? 'ok' : 'missing';
}

/** Replaces a team's members with those of `memberIds` who belong to the workspace. */
export async function replaceTeamMembers(
  db: Db,
  workspaceId: string,
  teamId: string,
  memberIds: string[],
): Promise<number> {
  await db.query('delete from team_members where workspace_id = $1 and team_id = $2', [
    workspaceId,
    teamId,
  ]);
  const rows = await db.query(
    `insert into team_members (workspace_id, team_id, user_id)
     select $1, $2, m.user_id from memberships m
     where m.workspace_id = $1 and m.user_id = any($3::uuid[]) returning user_id`,
    [workspaceId, teamId, memberIds],
  );
  return rows.length;
}

export async function setTeamBusinessHours(
  db: Db,
  workspaceId: string,
  teamId: string,
  hours: unknown,
): Promise<boolean> {
  const rows = await db.query(
    `update teams set business_hours = $3 where workspace_id = $1 and id = $2 returning id`,
    [workspaceId, teamId, hours === null ? null : JSON.stringify(hours)],
  );
  return rows.length > 0;
}

export async function deleteTeam(db: Db, workspaceId: string, teamId: string): Promise<boolean> {
  const rows = await db.query(
    'delete from teams where workspace_id = $1 and id = $2 returning id',
    [workspaceId, teamId],
  );
  return rows.length > 0;
}
