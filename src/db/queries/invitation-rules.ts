import type { Db } from '../db.js';

export interface InvitationRuleRow {
  id: string;
  workspace_id: string;
  name: string;
  enabled: boolean;
  /** RuleConditions, validated when saved. */
  conditions: unknown;
  message: string;
  topic: 'question' | 'complaint' | 'feedback';
  team_id: string | null;
  max_wait_minutes: number;
  fallback: 'none' | 'bot' | 'callback';
  fallback_message: string | null;
  cap_days: number;
  dismiss_days: number;
  holdout_percent: number;
  goal_event: string;
  goal_days: number;
  created_at: Date;
  updated_at: Date;
}

export type RuleFields = Omit<InvitationRuleRow, 'created_at' | 'updated_at'>;

const FIELDS = [
  'name',
  'enabled',
  'conditions',
  'message',
  'topic',
  'team_id',
  'max_wait_minutes',
  'fallback',
  'fallback_message',
  'cap_days',
  'dismiss_days',
  'holdout_percent',
  'goal_event',
  'goal_days',
] as const;

const values = (r: RuleFields) =>
  FIELDS.map((f) => (f === 'conditions' ? JSON.stringify(r.conditions) : r[f]));

/** A workspace's rules, oldest first (the order in which they are tried). */
export async function listInvitationRules(
  db: Db,
  workspaceId: string,
  options: { enabledOnly?: boolean } = {},
): Promise<InvitationRuleRow[]> {
  return db.query<InvitationRuleRow>(
    `select * from invitation_rules where workspace_id = $1 ${options.enabledOnly ? 'and enabled' : ''}
      order by created_at, id`,
    [workspaceId],
  );
}

export async function countInvitationRules(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'select count(*)::int as n from invitation_rules where workspace_id = $1',
    [workspaceId],
  );
  return row?.n ?? 0;
}

/** False when the workspace already has a rule of that name. */
export async function insertInvitationRule(db: Db, r: RuleFields): Promise<boolean> {
  const rows = await db.query(
    `insert into invitation_rules (id, workspace_id, ${FIELDS.join(', ')})
     values ($1, $2, ${FIELDS.map((_, i) => `$${i + 3}`).join(', ')})
     on conflict (workspace_id, lower(name)) do nothing returning id`,
    [r.id, r.workspace_id, ...values(r)],
  );
  return rows.length > 0;
}

/** 'missing' when there is no such rule here; 'taken' when another rule has the name. */
export async function updateInvitationRule(
  db: Db,
  r: RuleFields,
): Promise<'ok' | 'missing' | 'taken'> {
  const [clash] = await db.query(
    `select 1 from invitation_rules
      where workspace_id = $1 and lower(name) = lower($2) and id <> $3`,
    [r.workspace_id, r.name, r.id],
  );
  if (clash) return 'taken';
  const rows = await db.query(
    `update invitation_rules
        set ${FIELDS.map((f, i) => `${f} = $${i + 3}`).join(', ')}, updated_at = now()
      where workspace_id = $1 and id = $2 returning id`,
    [r.workspace_id, r.id, ...values(r)],
  );
  return rows.length ? 'ok' : 'missing';
}

export async function findInvitationRule(
  db: Db,
  workspaceId: string,
  ruleId: string,
): Promise<InvitationRuleRow | undefined> {
  const [row] = await db.query<InvitationRuleRow>(
    'select * from invitation_rules where workspace_id = $1 and id = $2',
    [workspaceId, ruleId],
  );
  return row;
}

export async function deleteInvitationRule(
  db: Db,
  workspaceId: string,
  ruleId: string,
): Promise<boolean> {
  const rows = await db.query(
    'delete from invitation_rules where workspace_id = $1 and id = $2 returning id',
    [workspaceId, ruleId],
  );
  return rows.length > 0;
}
