import type { Db } from '../db.js';

export interface DecisionCountRow {
  rule_id: string;
  decision: 'shown' | 'fallback' | 'suppressed';
  reason: string | null;
  response: 'accepted' | 'dismissed' | null;
  n: number;
  conversations: number;
}

/** Decisions since `since`, counted by rule, decision, reason and the visitor's response. */
export async function countDecisions(
  db: Db,
  workspaceId: string,
  since: Date,
): Promise<DecisionCountRow[]> {
  return db.query<DecisionCountRow>(
    `select rule_id, decision, reason, response, count(*)::int as n,
            count(conversation_id)::int as conversations
       from invitations where workspace_id = $1 and decided_at >= $2
      group by rule_id, decision, reason, response`,
    [workspaceId, since],
  );
}

/** Distinct visitors who matched each rule since `since` (whatever was decided). */
export async function countEligible(
  db: Db,
  workspaceId: string,
  since: Date,
): Promise<{ rule_id: string; visitors: number }[]> {
  return db.query(
    `select rule_id, count(distinct visitor_key)::int as visitors
       from invitations where workspace_id = $1 and decided_at >= $2 group by rule_id`,
    [workspaceId, since],
  );
}

export interface ConversionRow {
  rule_id: string;
  grp: 'shown' | 'holdout';
  visitors: number;
  converted: number;
}

/**
 * Per rule, visitors first shown the invitation (or first held out) since `since`, and how many
 * of them reached the rule's goal event within its goal days of that first moment.
 */
export async function countConversions(
  db: Db,
  workspaceId: string,
  since: Date,
): Promise<ConversionRow[]> {
  return db.query<ConversionRow>(
    `with exposed as (
       select i.rule_id, i.visitor_key,
              case when i.decision = 'shown' then 'shown' else 'holdout' end as grp,
              min(i.decided_at) as first_at
         from invitations i
        where i.workspace_id = $1 and i.decided_at >= $2
          and (i.decision = 'shown' or (i.decision = 'suppressed' and i.reason = 'holdout'))
        group by 1, 2, 3)
     select e.rule_id, e.grp, count(*)::int as visitors,
            (count(*) filter (where exists (
              select 1 from invitation_goals g
               where g.workspace_id = $1 and g.visitor_key = e.visitor_key
                 and g.name = r.goal_event and g.at >= e.first_at
                 and g.at < e.first_at + make_interval(days => r.goal_days))))::int as converted
       from exposed e
       join invitation_rules r on r.workspace_id = $1 and r.id = e.rule_id
      group by e.rule_id, e.grp`,
    [workspaceId, since],
  );
}
