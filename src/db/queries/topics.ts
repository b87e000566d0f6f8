import type { Db } from '../db.js';

export interface TopicRow {
  id: string;
  workspace_id: string;
  name: string;
  origin: 'auto' | 'admin';
  created_at: Date;
  updated_at: Date;
}

export interface TopicRuleRow {
  id: string;
  workspace_id: string;
  topic_id: string;
  keyword: string;
  keyword_key: string;
  created_at: Date;
}

/** A new topic, or false when the workspace already has a topic of that name. */
export async function insertTopic(
  tx: Db,
  t: { id: string; workspace_id: string; name: string; origin: TopicRow['origin']; at: Date },
): Promise<boolean> {
  const rows = await tx.query(
    `insert into topics (id, workspace_id, name, origin, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $5)
     on conflict (workspace_id, lower(name)) do nothing returning id`,
    [t.id, t.workspace_id, t.name, t.origin, t.at],
  );
  return rows.length > 0;
}

export async function findTopic(db: Db, workspaceId: string, id: string) {
  const [row] = await db.query<TopicRow>(
    'select * from topics where workspace_id = $1 and id = $2',
    [workspaceId, id],
  );
  return row;
}

export async function findTopicByName(db: Db, workspaceId: string, name: string) {
  const [row] = await db.query<TopicRow>(
    'select * from topics where workspace_id = $1 and lower(name) = lower($2)',
    [workspaceId, name],
  );
  return row;
}

export async function listTopicRows(db: Db, workspaceId: string): Promise<TopicRow[]> {
  return db.query<TopicRow>('select * from topics where workspace_id = $1 order by lower(name)', [
    workspaceId,
  ]);
}

/** 'missing' when there is no such topic here; 'taken' when another topic has the name. */
export async function renameTopicRow(
  tx: Db,
  workspaceId: string,
  id: string,
  name: string,
  at: Date,
): Promise<'ok' | 'missing' | 'taken'> {
  const [clash] = await tx.query(
    'select 1 from topics where workspace_id = $1 and lower(name) = lower($2) and id <> $3',
    [workspaceId, name, id],
  );
  if (clash) return 'taken';
  const rows = await tx.query(
    `update topics set name = $3, updated_at = $4 where workspace_id = $1 and id = $2
     returning id`,
    [workspaceId, id, name, at],
  );
  return rows.length ? 'ok' : 'missing';
}

/**
 * Folds topics into `targetId`: their phrases, keyword rules, routing rules and improvements
 * move over, then the folded topics are deleted (their texts' topics are worked out again by
 * the caller).
 */
export async function mergeTopicRows(
  tx: Db,
  workspaceId: string,
  targetId: string,
  sourceIds: readonly string[],
  at: Date,
): Promise<void> {
  const args = [workspaceId, targetId, sourceIds];
  const where = 'where workspace_id = $1 and topic_id = any($3::uuid[])';
  await tx.query(`update topic_phrases set topic_id = $2 ${where}`, args);
  await tx.query(`update topic_rules set topic_id = $2 ${where}`, args);
  await tx.query(`update feedback_routes set topic_id = $2 ${where}`, args);
  await tx.query(`update improvements set topic_id = $2 ${where}`, args);
  await tx.query('delete from topics where workspace_id = $1 and id = any($2::uuid[])', [
    workspaceId,
    sourceIds,
  ]);
  await tx.query('update topics set updated_at = $3 where workspace_id = $1 and id = $2', [
    workspaceId,
    targetId,
    at,
  ]);
}

export async function listTopicRules(db: Db, workspaceId: string): Promise<TopicRuleRow[]> {
  return db.query<TopicRuleRow>(
    'select * from topic_rules where workspace_id = $1 order by lower(keyword)',
    [workspaceId],
  );
}

/** A new keyword rule, or false when the keyword (by its stems) already has a rule. */
export async function insertTopicRule(
  tx: Db,
  r: Omit<TopicRuleRow, 'created_at'> & { created_by: string; at: Date },
): Promise<boolean> {
  const rows = await tx.query(
    `insert into topic_rules (id, workspace_id, topic_id, keyword, keyword_key, created_by,
       created_at)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (workspace_id, keyword_key) do nothing returning id`,
    [r.id, r.workspace_id, r.topic_id, r.keyword, r.keyword_key, r.created_by, r.at],
  );
  return rows.length > 0;
}

export async function deleteTopicRule(tx: Db, workspaceId: string, id: string) {
  const [row] = await tx.query<TopicRuleRow>(
    'delete from topic_rules where workspace_id = $1 and id = $2 returning *',
    [workspaceId, id],
  );
  return row;
}

/** Moves keyword rules of one topic to another; returns how many moved. */
export async function moveTopicRules(
  tx: Db,
  workspaceId: string,
  ruleIds: readonly string[],
  fromTopicId: string,
  toTopicId: string,
): Promise<number> {
  const rows = await tx.query(
    `update topic_rules set topic_id = $4
      where workspace_id = $1 and id = any($2::uuid[]) and topic_id = $3 returning id`,
    [workspaceId, ruleIds, fromTopicId, toTopicId],
  );
  return rows.length;
}
